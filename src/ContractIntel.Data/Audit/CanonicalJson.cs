using System.Globalization;
using System.Text;

namespace ContractIntel.Data.Audit;

/// <summary>
/// The one deterministic serialisation everything hashed goes through (documented in docs/sql.md):
/// JSON with no whitespace; object keys sorted by ordinal (UTF-16 code unit) order; strings escaped exactly as
/// PostgreSQL's <c>to_json</c> does (<c>\"</c> <c>\\</c> <c>\b \f \n \r \t</c>, other control characters as
/// <c>\u00xx</c>, everything else literal UTF-8); integers in decimal; float and double in .NET's shortest
/// round-trip form ("R", invariant culture); timestamps as UTC <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c> (PostgreSQL keeps
/// microseconds); uuids lower-case with hyphens; null as <c>null</c>.
/// </summary>
public sealed class CanonicalJson
{
    private readonly SortedDictionary<string, object?> _members = new(StringComparer.Ordinal);

    public CanonicalJson Add(string key, object? value)
    {
        _members.Add(key, value);
        return this;
    }

    /// <summary>
    /// For a column added after rows were hashed: absent while null, so every earlier row keeps its hash and a row
    /// that has the value hashes it.
    /// </summary>
    public CanonicalJson AddUnlessNull(string key, object? value) => value is null ? this : Add(key, value);

    public override string ToString() => Serialize(this);

    /// <summary>Any supported value: an object, an array of values, or a scalar.</summary>
    public static string Serialize(object? value)
    {
        var sb = new StringBuilder(256);
        Write(sb, value);
        return sb.ToString();
    }

    public static string Timestamp(DateTimeOffset value)
        => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static void Write(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append("null"); break;
            case string s: WriteString(sb, s); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case int i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case long l: sb.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case float f: sb.Append(f.ToString("R", CultureInfo.InvariantCulture)); break;
            case double d: sb.Append(d.ToString("R", CultureInfo.InvariantCulture)); break;
            case Guid g: sb.Append('"').Append(g.ToString("D")).Append('"'); break;
            case DateTimeOffset t: sb.Append('"').Append(Timestamp(t)).Append('"'); break;
            case CanonicalJson o:
                sb.Append('{');
                var first = true;
                foreach (var (k, v) in o._members)
                {
                    if (!first) sb.Append(',');
                    first = false;
                    WriteString(sb, k);
                    sb.Append(':');
                    Write(sb, v);
                }
                sb.Append('}');
                break;
            case System.Collections.IEnumerable items:
                sb.Append('[');
                var firstItem = true;
                foreach (var item in items)
                {
                    if (!firstItem) sb.Append(',');
                    firstItem = false;
                    Write(sb, item);
                }
                sb.Append(']');
                break;
            default:
                throw new ArgumentException($"No canonical form for {value.GetType().Name}.", nameof(value));
        }
    }

    internal static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
