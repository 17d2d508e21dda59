namespace ContractIntel.Extraction.Inference;

public sealed record SentenceSentiment(
    int SegmentIndex, int Page, int Start, int End, string Text, string Label,
    float Positive, float Negative, float Neutral, string Model, string ModelVersion);
