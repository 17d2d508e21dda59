using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ContractIntel.Extraction.Documents;

/// <summary>
/// HTML, EDGAR .htm and inline XBRL to text with AngleSharp. Scripts, styles, the head and anything hidden
/// (inline XBRL keeps its ix:header facts in a display:none div) are dropped; block elements become line breaks.
/// Pages come only from page-break styles: EDGAR's plain &lt;hr&gt; is often a decorative rule (the 1999 10-K
/// sample has 71 of them, 30% wide), so an &lt;hr&gt; is a page boundary only when it carries the style.
/// </summary>
internal static class HtmlTextReader
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "head", "title", "noscript", "template", "object", "embed", "svg", "math", "iframe",
        "meta", "link", "ix:header", "ix:hidden", "ix:references", "ix:resources", "xml",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody",
        "tfoot", "caption", "blockquote", "pre", "center", "section", "article", "header", "footer", "nav", "aside",
        "address", "form", "fieldset", "figure", "figcaption", "main", "body", "hr", "listing", "plaintext", "xmp",
    };

    public static DocumentText Read(ReadOnlySpan<byte> bytes)
    {
        var builder = new PageTextBuilder();
        Append(builder, TextDecoding.Decode(bytes));
        return builder.Build(MediaTypes.Html);
    }

    /// <summary>Appends the text of <paramref name="html"/>, starting with a new page.</summary>
    public static void Append(PageTextBuilder builder, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var writer = new HtmlTextWriter(builder);
        if (builder.Length > 0)
            writer.PageBreak();
        Walk(document.Body ?? document.DocumentElement, writer);
    }

    // Iterative, because EDGAR HTML with unclosed <font> tags nests thousands deep.
    private static void Walk(INode root, HtmlTextWriter writer)
    {
        var stack = new Stack<(INode Node, bool Exit, bool BreakAfter)>();
        stack.Push((root, false, false));
        var preDepth = 0;
        var cellDepth = 0;
        while (stack.Count > 0)
        {
            var (node, exit, breakAfter) = stack.Pop();
            if (node is IText text)
            {
                writer.Text(text.Data, preDepth > 0);
                continue;
            }
            if (node is not IElement element)
                continue;
            var name = element.LocalName;
            var preformatted = name is "pre" or "listing" or "xmp" or "plaintext";
            if (exit)
            {
                if (name is "td" or "th") cellDepth--;
                Leave(name, writer, cellDepth > 0);
                if (breakAfter) writer.PageBreak();
                if (preformatted) preDepth--;
                continue;
            }
            var style = Style(element);
            if (Skipped.Contains(name) || element.HasAttribute("hidden") || style.Contains("display:none", StringComparison.Ordinal))
                continue;
            if (style.Contains("page-break-before:always", StringComparison.Ordinal) || style.Contains("break-before:page", StringComparison.Ordinal))
                writer.PageBreak();
            Enter(name, writer, cellDepth > 0);
            if (name is "td" or "th") cellDepth++;
            if (preformatted) preDepth++;
            var after = style.Contains("page-break-after:always", StringComparison.Ordinal) || style.Contains("break-after:page", StringComparison.Ordinal);
            stack.Push((element, true, after));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                stack.Push((child, false, false));
        }
    }

    // A table row is a paragraph of its own; inside a cell, a block only breaks the line.
    private static void Enter(string name, HtmlTextWriter writer, bool inCell)
    {
        if (name == "br") writer.LineBreak();
        else if (name == "tr") writer.Block();
        else if (name is "td" or "th") writer.Cell();
        else if (Blocks.Contains(name)) Break(writer, inCell);
    }

    private static void Leave(string name, HtmlTextWriter writer, bool inCell)
    {
        if (name == "tr") writer.Block();
        else if (name is "td" or "th") writer.Cell();
        else if (Blocks.Contains(name)) Break(writer, inCell);
    }

    private static void Break(HtmlTextWriter writer, bool inCell)
    {
        if (inCell) writer.Line();
        else writer.Block();
    }

    private static string Style(IElement element)
    {
        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
            return "";
        Span<char> buffer = style.Length <= 512 ? stackalloc char[style.Length] : new char[style.Length];
        var n = 0;
        foreach (var c in style)
        {
            if (!char.IsWhiteSpace(c)) buffer[n++] = char.ToLowerInvariant(c);
        }
        return new string(buffer[..n]);
    }
}
