using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContractIntel.Contracts;

/// <summary>JSON carries the code, never the enum's number or name.</summary>
public sealed class DocumentKindJsonConverter : JsonConverter<DocumentKind>
{
    public override DocumentKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => DocumentKinds.Parse(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, DocumentKind value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToCode());
}
