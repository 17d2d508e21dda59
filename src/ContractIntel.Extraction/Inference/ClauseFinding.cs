namespace ContractIntel.Extraction.Inference;

/// <summary>A CUAD clause category found in one segment, with its evidence.</summary>
public sealed record ClauseFinding(
    string Category, int SegmentIndex, int Page, int Start, int End, string Text, float Score, string Model, string ModelVersion);
