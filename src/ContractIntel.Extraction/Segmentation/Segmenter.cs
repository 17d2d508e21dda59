using ContractIntel.Extraction.Documents;

namespace ContractIntel.Extraction.Segmentation;

/// <summary>Splits a document text into sections, paragraphs and sentences with offsets and pages.</summary>
public sealed class Segmenter
{
    public IReadOnlyList<Segment> Split(DocumentText document) => throw new NotImplementedException();
}
