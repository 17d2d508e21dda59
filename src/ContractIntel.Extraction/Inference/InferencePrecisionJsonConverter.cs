using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContractIntel.Extraction.Inference;

/// <summary>JSON carries the code, never the enum's number or name.</summary>
public sealed class InferencePrecisionJsonConverter : JsonConverter<InferencePrecision>
{
    public override InferencePrecision Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => InferencePrecisionCodes.Parse(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, InferencePrecision value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToCode());
}
