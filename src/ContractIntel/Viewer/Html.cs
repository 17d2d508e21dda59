using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ContractIntel.Viewer;

/// <summary>Markup the viewer wrote itself, appended as is. Everything else that goes into a page is encoded.</summary>
public readonly record struct HtmlString(string Value);

/// <summary>
/// A page being written. <see cref="Add"/> takes an interpolated string whose literal parts are the viewer's own
/// markup and whose holes are values: every hole is HTML-encoded (text and attribute alike) unless it is an
/// <see cref="HtmlString"/>. A document-derived string therefore cannot reach the page unencoded by accident.
/// </summary>
public sealed class Html
{
    /// <summary>Letters of every script stay readable; &lt; &gt; &amp; quotes and the like are always encoded.</summary>
    internal static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    internal StringBuilder Builder { get; } = new(8192);

    public Html Add([InterpolatedStringHandlerArgument("")] ref HtmlHandler html) => this;

    public Html Text(string? text)
    {
        Builder.Append(Encoder.Encode(text ?? ""));
        return this;
    }

    public static string Encode(string? text) => Encoder.Encode(text ?? "");

    /// <summary>A query-string or path value inside an href: escaped for the URL here, then encoded for the attribute by the hole.</summary>
    public static string Url(string? value) => Uri.EscapeDataString(value ?? "");

    public override string ToString() => Builder.ToString();
}

[InterpolatedStringHandler]
public ref struct HtmlHandler
{
    private readonly StringBuilder _sb;

    public HtmlHandler(int literalLength, int formattedCount, Html html)
    {
        _ = formattedCount;
        _sb = html.Builder;
        _sb.EnsureCapacity(_sb.Length + literalLength);
    }

    public readonly void AppendLiteral(string markup) => _sb.Append(markup);

    public readonly void AppendFormatted(HtmlString markup) => _sb.Append(markup.Value);

    public readonly void AppendFormatted(string? text) => _sb.Append(Html.Encoder.Encode(text ?? ""));

    public readonly void AppendFormatted<T>(T value) => AppendFormatted(Convert.ToString(value, CultureInfo.InvariantCulture));

    public readonly void AppendFormatted<T>(T value, string? format) where T : IFormattable
        => AppendFormatted(value.ToString(format, CultureInfo.InvariantCulture));
}
