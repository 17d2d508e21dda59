namespace ContractIntel.Eval;

/// <summary>
/// CUAD's evaluation for one category. Per contract, every prediction (span text, score) at or above a threshold
/// is kept; a gold clause is found (tp) when some kept prediction has word-level Jaccard >= 0.5 with it (or, for
/// Parties, contains it), else it is a fn; a kept prediction matching no gold clause is a fp; a contract with no
/// gold clause and any kept prediction counts one fp. tp/fp/fn are pooled over contracts, at every distinct
/// score as threshold. AUPR is the trapezoid area under the curve of precision made monotone (best precision at
/// this recall or higher), starting at (recall 0, precision 1), as in CUAD's evaluate.py.
/// </summary>
internal static class CuadMetrics
{
    public const double MatchJaccard = 0.5;

    /// <param name="gold">Per evaluated contract: its gold clause texts (empty when the contract has none).</param>
    /// <param name="predictions">Per contract: predicted spans and scores.</param>
    /// <returns>The curve points (recall ascending) with monotone precision, then the summary figures.</returns>
    public static (List<(double Recall, double Precision)> Curve, double? Aupr, double? P80, double? P90) Evaluate(
        string category, IReadOnlyDictionary<string, IReadOnlyList<string>> gold,
        IReadOnlyDictionary<string, IReadOnlyList<(string Text, float Score)>> predictions)
    {
        var substringOk = category == "Parties";
        var goldFoundAt = new List<float>();       // per gold clause: best score of a prediction matching it
        var fpAt = new List<float>();              // per fp event: the score from which it counts
        foreach (var (contract, clauses) in gold)
        {
            var preds = predictions.GetValueOrDefault(contract) ?? [];
            if (clauses.Count == 0)
            {
                if (preds.Count > 0) fpAt.Add(preds.Max(p => p.Score));
                continue;
            }
            var goldWords = clauses.Select(CuadText.Words).ToList();
            var goldNorm = clauses.Select(CuadText.Normalize).ToList();
            var best = Enumerable.Repeat(float.NegativeInfinity, clauses.Count).ToArray();
            foreach (var (text, score) in preds)
            {
                var words = CuadText.Words(text);
                var norm = substringOk ? CuadText.Normalize(text) : "";
                var matched = false;
                for (var g = 0; g < clauses.Count; g++)
                {
                    var isMatch = CuadText.Jaccard(words, goldWords[g]) >= MatchJaccard
                        || (substringOk && goldNorm[g].Length > 0 && norm.Contains(goldNorm[g], StringComparison.Ordinal));
                    if (!isMatch) continue;
                    matched = true;
                    best[g] = Math.Max(best[g], score);
                }
                if (!matched) fpAt.Add(score);
            }
            goldFoundAt.AddRange(best);
        }
        var totalGold = goldFoundAt.Count;
        if (totalGold == 0) return ([], null, null, null);
        var thresholds = predictions.Where(p => gold.ContainsKey(p.Key)).SelectMany(p => p.Value).Select(p => p.Score).Distinct().OrderDescending().ToList();
        var found = goldFoundAt.OrderDescending().ToArray();
        var fps = fpAt.OrderDescending().ToArray();
        var points = new List<(double Recall, double Precision)> { (0, 1) };
        int tp = 0, fp = 0;
        foreach (var t in thresholds)
        {
            while (tp < found.Length && found[tp] >= t) tp++;
            while (fp < fps.Length && fps[fp] >= t) fp++;
            if (tp + fp == 0) continue;
            points.Add(((double)tp / totalGold, (double)tp / (tp + fp)));
        }
        points = [.. points.OrderBy(p => p.Recall)];
        // Monotone precision: the best precision reachable at this recall or higher.
        for (var i = points.Count - 2; i >= 0; i--) points[i] = (points[i].Recall, Math.Max(points[i].Precision, points[i + 1].Precision));
        double area = 0;
        for (var i = 1; i < points.Count; i++) area += (points[i].Recall - points[i - 1].Recall) * (points[i].Precision + points[i - 1].Precision) / 2;
        return (points, area, AtRecall(points, 0.8), AtRecall(points, 0.9));
    }

    private static double AtRecall(List<(double Recall, double Precision)> points, double recall) =>
        points.FirstOrDefault(p => p.Recall >= recall).Precision;
}
