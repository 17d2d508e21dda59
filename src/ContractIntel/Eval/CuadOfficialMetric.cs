namespace ContractIntel.Eval;

/// <summary>
/// CUAD's official metric, as its evaluate.py (TheAtticusProject/cuad) computes it. For each confidence
/// threshold (0.99, 0.98 ... 0.01 as numpy.arange makes them, then 0.001 and 0) every question keeps its
/// predictions scored strictly above the threshold, a repeated text once (the later one in the list wins, as
/// a Python dict does); tp, fp and fn are pooled over all questions: a gold answer is a tp when some kept
/// prediction matches it (word Jaccard >= 0.5 after CUAD's normalisation, or for Parties the answer is a
/// substring of the prediction), else a fn; a kept prediction matching no answer is a fp, and every kept
/// prediction of a question without answers is a fp. Precision is made monotone from the right (Python's
/// max, so a NaN keeps the best precision to its right), the area is the trapezoid rule over recall, and
/// P@R is the precision at the first point reaching that recall. As in evaluate.py, the P@R scan zips the
/// points with the thresholds, so the last point (threshold 0) is never read for P@R.
/// </summary>
internal static class CuadOfficialMetric
{
    public const double MatchJaccard = 0.5;

    /// <summary>CUAD's answer lists come from an n-best of 20 spans per question.</summary>
    public const int TopK = 20;

    public const string Parties = "Parties";

    public static IReadOnlyList<double> Thresholds { get; } = MakeThresholds();

    public static CuadCurve Evaluate(IReadOnlyList<CuadQuestion> questions)
    {
        // Per question, what each threshold needs: the best score of a kept prediction matching each answer,
        // and the scores of the predictions matching no answer.
        var answerBest = new List<double>();
        var unmatched = new List<double>();
        foreach (var q in questions)
        {
            var preds = Kept(q.Predictions);
            if (q.Answers.Count == 0)
            {
                unmatched.AddRange(preds.Values);
                continue;
            }
            var substringOk = q.Category == Parties;
            var answerWords = q.Answers.Select(Words).ToList();
            var best = Enumerable.Repeat(double.NegativeInfinity, q.Answers.Count).ToArray();
            foreach (var (text, score) in preds)
            {
                var words = Words(text);
                var matched = false;
                for (var a = 0; a < q.Answers.Count; a++)
                {
                    if (!(Jaccard(answerWords[a], words) >= MatchJaccard || (substringOk && text.Contains(q.Answers[a], StringComparison.Ordinal)))) continue;
                    matched = true;
                    best[a] = Math.Max(best[a], score);
                }
                if (!matched) unmatched.Add(score);
            }
            answerBest.AddRange(best);
        }
        var recalls = new List<double> { 0 };
        var precisions = new List<double> { 1 };
        foreach (var conf in Thresholds)
        {
            var tp = answerBest.Count(s => s > conf);
            var fn = answerBest.Count - tp;
            var fp = unmatched.Count(s => s > conf);
            precisions.Add(tp + fp > 0 ? (double)tp / (tp + fp) : double.NaN);
            recalls.Add(tp + fn > 0 ? (double)tp / (tp + fn) : double.NaN);
        }
        var processed = Monotone(precisions);
        var aupr = Trapezoid(recalls, processed);
        return new CuadCurve(recalls, processed, double.IsNaN(aupr) ? 0 : aupr, AtRecall(processed, recalls, 0.8), AtRecall(processed, recalls, 0.9));
    }

    /// <summary>A question's predictions as evaluate.py's get_preds keeps them: the n-best, non-empty, text once.</summary>
    public static Dictionary<string, double> Kept(IReadOnlyList<(string Text, double Score)> predictions)
    {
        var kept = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (text, score) in predictions.Take(TopK))
        {
            if (text.Length > 0) kept[text] = score;
        }
        return kept;
    }

    /// <summary>CUAD's normalisation: drop . , ; : then lower-case, '/' to a space, split on whitespace.</summary>
    public static HashSet<string> Words(string s)
    {
        var chars = new System.Text.StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is '.' or ',' or ';' or ':') continue;
            chars.Append(c == '/' ? ' ' : IsPythonSpace(c) ? ' ' : char.ToLowerInvariant(c));
        }
        return chars.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
    }

    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var union = a.Count + b.Count - a.Count(b.Contains);
        // evaluate.py would divide by zero here (both texts only punctuation); such a pair matches nothing.
        return union == 0 ? 0 : (double)a.Count(b.Contains) / union;
    }

    // str.split() with no argument splits on these; char.IsWhiteSpace misses the four separators U+001C..U+001F.
    private static bool IsPythonSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001c' and <= '\u001f';

    private static List<double> Monotone(List<double> precision)
    {
        var best = Enumerable.Reverse(precision).ToList();
        // Python's max(a, b) returns a unless b > a: a NaN on the right stays NaN, a NaN on the left is replaced.
        for (var i = 1; i < best.Count; i++) best[i] = best[i] > best[i - 1] ? best[i] : best[i - 1];
        best.Reverse();
        return best;
    }

    private static double Trapezoid(List<double> x, List<double> y)
    {
        double area = 0;
        for (var i = 1; i < x.Count; i++) area += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2;
        return area;
    }

    private static double AtRecall(List<double> precisions, List<double> recalls, double recall)
    {
        for (var i = 0; i < Math.Min(recalls.Count, Thresholds.Count); i++)
        {
            if (recalls[i] >= recall) return precisions[i];
        }
        return 0;
    }

    private static double[] MakeThresholds()
    {
        // numpy.arange(0.99, 0, -0.01): 99 values start + i * step, step = (start + -0.01) - start.
        const double start = 0.99;
        var step = (start + -0.01) - start;
        var values = new List<double>();
        for (var i = 0; i < 99; i++) values.Add(start + i * step);
        values.Add(0.001);
        values.Add(0);
        return [.. values];
    }
}
