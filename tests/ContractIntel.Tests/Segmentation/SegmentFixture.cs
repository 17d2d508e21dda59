using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Tests.Segmentation;

/// <summary>A sample read and segmented once, with lookups by text.</summary>
internal sealed class Segmented
{
    public Segmented(string sample)
    {
        Document = new DocumentReader(new ExtractionLimits()).Read(Samples.Bytes(sample), Path.GetFileName(sample), null);
        Segments = new Segmenter().Split(Document);
    }

    public DocumentText Document { get; }

    public IReadOnlyList<Segment> Segments { get; }

    public IEnumerable<Segment> Of(SegmentKind kind) => Segments.Where(s => s.Kind == kind);

    /// <summary>The one sentence that contains <paramref name="fragment"/>.</summary>
    public Segment SentenceWith(string fragment) =>
        Assert.Single(Of(SegmentKind.Sentence), s => s.Text.Contains(fragment, StringComparison.Ordinal));

    public Segment Section(string text) => Assert.Single(Of(SegmentKind.Section), s => s.Text == text);

    /// <summary>The segment right after <paramref name="segment"/> of the given kind.</summary>
    public Segment Next(Segment segment, SegmentKind kind) => Segments.Skip(segment.Index + 1).First(s => s.Kind == kind);
}
