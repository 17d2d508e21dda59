using System.Text;
using System.Text.Json;

namespace ContractIntel.Data.Audit;

/// <summary>
/// The canonical form of JSON read back from a file (an audit pack): keys re-sorted, strings re-escaped by
/// <see cref="CanonicalJson"/>'s rules, numbers kept as their exact text. A row or payload that was written
/// canonically reads back to the same text, however the file around it was indented; one changed byte in a value
/// does not.
/// </summary>
public static class CanonicalReader
{
    public static string Canonical(JsonElement element)
    {
        var sb = new StringBuilder(256);
        Write(sb, element);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                sb.Append('{');
                var first = true;
                foreach (var p in e.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    if (!first) sb.Append(',');
                    first = false;
                    CanonicalJson.WriteString(sb, p.Name);
                    sb.Append(':');
                    Write(sb, p.Value);
                }
                sb.Append('}');
                break;
            case JsonValueKind.Array:
                sb.Append('[');
                var firstItem = true;
                foreach (var item in e.EnumerateArray())
                {
                    if (!firstItem) sb.Append(',');
                    firstItem = false;
                    Write(sb, item);
                }
                sb.Append(']');
                break;
            case JsonValueKind.String: CanonicalJson.WriteString(sb, e.GetString()!); break;
            case JsonValueKind.Number: sb.Append(e.GetRawText()); break;
            case JsonValueKind.True: sb.Append("true"); break;
            case JsonValueKind.False: sb.Append("false"); break;
            default: sb.Append("null"); break;
        }
    }
}
