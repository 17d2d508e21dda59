namespace ContractIntel.Extraction.Segmentation;

/// <summary>
/// A section heading, paragraph or sentence. <see cref="Start"/>/<see cref="End"/> are UTF-16 offsets into the
/// document text (end exclusive) and <c>Text == text[Start..End]</c>. <see cref="Index"/> is the segment's
/// position in document order; <see cref="Parent"/> is the index of the enclosing paragraph for a sentence,
/// of the enclosing section for a paragraph, or null.
/// </summary>
public sealed record Segment(int Index, SegmentKind Kind, int Page, int Start, int End, string Text, int? Parent);
