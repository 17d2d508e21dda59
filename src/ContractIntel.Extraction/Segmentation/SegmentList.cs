using ContractIntel.Extraction.Documents;

namespace ContractIntel.Extraction.Segmentation;

/// <summary>Collects segments in document order with their indexes, pages and parents.</summary>
internal sealed class SegmentList(DocumentText document)
{
    private readonly List<(int Start, int End)> sentences = [];
    private int? section;

    public List<Segment> Segments { get; } = [];

    public void Section(int start, int end)
    {
        section = Add(SegmentKind.Section, start, end, null);
    }

    /// <summary>True when the last segment is a section heading that ends on the line before <paramref name="lineStart"/>.</summary>
    public bool CanExtendSection(int lineStart) =>
        Segments.Count > 0 && Segments[^1] is { Kind: SegmentKind.Section } last && last.End < lineStart
        && document.Text.AsSpan(last.End, lineStart - last.End).Count('\n') == 1 && last.Text.Count('\n') < 4;

    public void ExtendSection(int end)
    {
        var last = Segments[^1];
        Segments[^1] = last with { End = end, Text = document.Text[last.Start..end] };
    }

    public void Paragraph(int start, int end)
    {
        var paragraph = Add(SegmentKind.Paragraph, start, end, section);
        sentences.Clear();
        SentenceSplitter.Split(document.Text, start, end, sentences);
        foreach (var (s, e) in sentences)
            Add(SegmentKind.Sentence, s, e, paragraph);
    }

    private int Add(SegmentKind kind, int start, int end, int? parent)
    {
        var index = Segments.Count;
        Segments.Add(new Segment(index, kind, document.PageAt(start), start, end, document.Text[start..end], parent));
        return index;
    }
}
