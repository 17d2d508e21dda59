using System.Text;
using ContractIntel.Extraction.Documents.Ocr;

namespace ContractIntel.Extraction.Documents;

/// <summary>
/// Accumulates a document's normalised text and where each page starts. A page's separator belongs to the page
/// before it, so the pages tile the text with no gap.
/// </summary>
internal sealed class PageTextBuilder
{
    public const string PageSeparator = "\n\n";

    private readonly StringBuilder text = new();
    private readonly List<int> starts = [];
    private readonly Dictionary<int, Func<PageSpan, PageSpan>> described = [];

    public int Length => text.Length;

    public int PageCount => starts.Count;

    public char LastChar => text.Length == 0 ? '\0' : text[^1];

    /// <summary>Starts a page at the current end, first closing the previous page with <see cref="PageSeparator"/>.</summary>
    public void NewPage()
    {
        if (starts.Count > 0)
            text.Append(PageSeparator);
        starts.Add(text.Length);
    }

    /// <summary>Starts a page exactly here: the caller has already ended the previous page's text.</summary>
    public void NewPageHere() => starts.Add(text.Length);

    public void Append(ReadOnlySpan<char> source) => TextNormalizer.Append(text, source);

    public void AppendRaw(char c) => text.Append(c);

    public void AppendRaw(string s) => text.Append(s);

    /// <summary>Records where the current page's text came from (OCR words carry document offsets already).</summary>
    public void Describe(string source, double? ocrConfidence, string? failure, IReadOnlyList<OcrWord> words, int? ocrDpi = null) =>
        described[starts.Count - 1] = p => p with { Source = source, OcrConfidence = ocrConfidence, Failure = failure, Words = words, OcrDpi = ocrDpi };

    public DocumentText Build(string mediaType)
    {
        var value = text.ToString();
        var shift = 0;
        if (starts.Count == 0 || starts[0] != 0)
        {
            starts.Insert(0, 0);
            shift = 1;
        }
        var pages = new List<PageSpan>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1] : value.Length;
            var page = new PageSpan(i + 1, starts[i], end);
            pages.Add(described.TryGetValue(i - shift, out var describe) ? describe(page) : page);
        }
        return new DocumentText(value, pages, mediaType);
    }
}
