namespace ContractIntel.Eval;

/// <summary>
/// CUAD's official precision-recall curve over a set of questions: one point per confidence threshold (the
/// first point is recall 0, precision 1), precision already made monotone from the right. Fractions in [0, 1].
/// </summary>
internal sealed record CuadCurve(IReadOnlyList<double> Recalls, IReadOnlyList<double> Precisions, double Aupr, double PrecisionAt80Recall, double PrecisionAt90Recall)
{
    /// <summary>The highest recall on the curve, i.e. with every prediction kept (threshold 0).</summary>
    public double MaxRecall => Recalls.Where(r => !double.IsNaN(r)).DefaultIfEmpty(0).Max();
}
