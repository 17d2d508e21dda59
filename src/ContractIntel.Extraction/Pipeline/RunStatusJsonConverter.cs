using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContractIntel.Extraction.Pipeline;

/// <summary>JSON carries the code, never the enum's number or name.</summary>
public sealed class RunStatusJsonConverter : JsonConverter<RunStatus>
{
    public override RunStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => RunStatusCodes.Parse(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, RunStatus value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToCode());
}
