namespace ContractIntel.Extraction.Documents;

/// <summary>
/// A document read into one normalised text plus its page map. Pages tile the text: the first starts at 0,
/// each starts where the previous ended, and the last ends at <c>Text.Length</c>.
/// </summary>
public sealed record DocumentText(string Text, IReadOnlyList<PageSpan> Pages, string MediaType)
{
    /// <summary>A Word file's tracked changes, resolved to the accepted text; null for other documents.</summary>
    public TrackedChanges? TrackedChanges { get; init; }

    /// <summary>The 1-based page holding character <paramref name="offset"/>.</summary>
    public int PageAt(int offset)
    {
        var lo = 0;
        var hi = Pages.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Pages[mid].Start <= offset) lo = mid; else hi = mid - 1;
        }
        return Pages.Count == 0 ? 1 : Pages[lo].Number;
    }
}
