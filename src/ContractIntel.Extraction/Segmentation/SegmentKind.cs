namespace ContractIntel.Extraction.Segmentation;

public enum SegmentKind
{
    Section,
    Paragraph,
    Sentence,
}
