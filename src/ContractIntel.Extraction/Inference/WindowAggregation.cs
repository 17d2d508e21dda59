namespace ContractIntel.Extraction.Inference;

/// <summary>How a text longer than one window gets one score: the best window (clauses) or the mean (sentiment).</summary>
public enum WindowAggregation
{
    Max,
    Mean,
}
