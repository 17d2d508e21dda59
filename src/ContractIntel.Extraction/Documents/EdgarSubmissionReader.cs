using System.Text.RegularExpressions;

namespace ContractIntel.Extraction.Documents;

/// <summary>
/// An EDGAR complete-submission file: a PEM wrapper and SEC header around &lt;DOCUMENT&gt; parts, each with TYPE,
/// FILENAME and TEXT. Text parts are read as plain text with &lt;PAGE&gt; markers as page breaks; HTML parts go
/// through the HTML reader; binary parts (uuencoded graphics, PDFs, zips, XBRL instance files) are skipped. Each
/// part starts a new page; the SEC header and the PEM signature are metadata, not document text, and are left out.
/// </summary>
internal static partial class EdgarSubmissionReader
{
    private static readonly HashSet<string> BinaryTypes = new(StringComparer.OrdinalIgnoreCase) { "GRAPHIC", "ZIP", "EXCEL", "PDF", "XML", "JSON" };

    private static readonly string[] BinaryExtensions = [".jpg", ".jpeg", ".gif", ".png", ".pdf", ".zip", ".xls", ".xlsx", ".xml", ".xsd", ".json", ".js", ".css"];

    public static DocumentText Read(ReadOnlySpan<byte> bytes)
    {
        var text = TextNormalizer.NormalizeLineEndings(TextDecoding.Decode(bytes));
        var builder = new PageTextBuilder();
        var parts = 0;
        foreach (Match part in DocumentPart().Matches(text))
        {
            var body = part.Groups["body"].Value;
            var type = Tag(body, "TYPE");
            var fileName = Tag(body, "FILENAME");
            var content = TextOf(body);
            if (content is null || IsBinary(type, fileName, content))
                continue;
            parts++;
            if (LooksLikeHtml(fileName, content))
                HtmlTextReader.Append(builder, content);
            else
                AppendText(builder, content);
        }
        if (parts == 0)
            throw new DocumentRejectedException(FailureReason.Empty, "The EDGAR submission has no text document.");
        return builder.Build(MediaTypes.EdgarSubmission);
    }

    private static void AppendText(PageTextBuilder builder, string content)
    {
        builder.NewPage();
        var lineOnPage = false;
        var pageHasText = false;
        foreach (var raw in content.Trim('\n').Split('\n'))
        {
            if (PageMarker().IsMatch(raw))
            {
                if (pageHasText)
                {
                    builder.AppendRaw('\n');
                    builder.NewPageHere();
                    lineOnPage = pageHasText = false;
                }
                continue;
            }
            var line = LayoutTag().Replace(raw, m => new string(' ', m.Length)).TrimEnd();
            if (line.Length == 0 && raw.Trim().Length > 0)
                continue;
            if (lineOnPage)
                builder.AppendRaw('\n');
            builder.Append(line);
            lineOnPage = true;
            pageHasText |= line.Length > 0;
        }
    }

    private static string? TextOf(string body)
    {
        var start = body.IndexOf("<TEXT>", StringComparison.OrdinalIgnoreCase);
        if (start < 0)
            return null;
        start += "<TEXT>".Length;
        var end = body.IndexOf("</TEXT>", start, StringComparison.OrdinalIgnoreCase);
        return end < 0 ? body[start..] : body[start..end];
    }

    private static string Tag(string body, string name)
    {
        var match = Regex.Match(body, $"^<{name}>([^\n]*)", RegexOptions.Multiline | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        return match.Success ? match.Groups[1].Value.Trim() : "";
    }

    private static bool IsBinary(string type, string fileName, string content) =>
        BinaryTypes.Contains(type)
        || BinaryExtensions.Any(e => fileName.EndsWith(e, StringComparison.OrdinalIgnoreCase))
        || content.TrimStart().StartsWith("begin ", StringComparison.Ordinal)
        || content.TrimStart().StartsWith("<PDF>", StringComparison.OrdinalIgnoreCase);

    private static bool LooksLikeHtml(string fileName, string content)
    {
        if (fileName.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            return true;
        var head = content.AsSpan(0, Math.Min(content.Length, 2048));
        return head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<body", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"<DOCUMENT>(?<body>.*?)(</DOCUMENT>|\z)", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex DocumentPart();

    [GeneratedRegex(@"^\s*<PAGE>\s*\d*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageMarker();

    // Old EDGAR text tables are marked up with these tags; blanking them keeps the columns aligned.
    [GeneratedRegex(@"</?(TABLE|CAPTION|S|C|FN|F\d{1,2})>", RegexOptions.IgnoreCase)]
    private static partial Regex LayoutTag();
}
