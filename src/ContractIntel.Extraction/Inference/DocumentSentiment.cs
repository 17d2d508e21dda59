namespace ContractIntel.Extraction.Inference;

/// <summary>The document aggregate: mean class probabilities over its sentences, and their argmax.</summary>
public sealed record DocumentSentiment(string Label, int Sentences, float Positive, float Negative, float Neutral);
