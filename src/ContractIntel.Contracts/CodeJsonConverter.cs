using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContractIntel.Contracts;

/// <summary>
/// JSON carries a coded enum's code, never its number or name. One body for every such enum; each enum names a
/// parameterless subclass (what <see cref="JsonConverterAttribute"/> needs) that hands over its code mapping.
/// </summary>
public abstract class CodeJsonConverter<T>(Func<string, T> parse, Func<T, string> toCode) : JsonConverter<T>
    where T : struct, Enum
{
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => parse(reader.GetString() ?? "");

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => writer.WriteStringValue(toCode(value));
}
