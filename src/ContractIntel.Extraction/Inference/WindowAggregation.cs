namespace ContractIntel.Extraction.Inference;

/// <summary>How a text longer than one window gets one score: the best window (clauses), the mean (sentiment) or the first (a model whose manifest input rule truncates).</summary>
public enum WindowAggregation
{
    Max,
    Mean,

    /// <summary>The first window only: the text truncated to max_length tokens, as a model trained that way saw it.</summary>
    First,
}
