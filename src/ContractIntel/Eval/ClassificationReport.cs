namespace ContractIntel.Eval;

/// <summary>Accuracy, macro-F1 and per-class precision/recall/F1/support of single-label predictions.</summary>
internal sealed record ClassificationReport(int N, double Accuracy, double MacroF1, IReadOnlyDictionary<string, ClassScores> PerClass)
{
    public static ClassificationReport Compute(IReadOnlyList<string> labels, IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var perClass = new Dictionary<string, ClassScores>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            var tp = 0;
            var fp = 0;
            var fn = 0;
            for (var i = 0; i < gold.Count; i++)
            {
                if (predicted[i] == label && gold[i] == label) tp++;
                else if (predicted[i] == label) fp++;
                else if (gold[i] == label) fn++;
            }
            var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
            var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass[label] = new ClassScores(precision, recall, f1, tp + fn);
        }
        var correct = gold.Zip(predicted).Count(p => p.First == p.Second);
        return new ClassificationReport(gold.Count, gold.Count == 0 ? 0 : (double)correct / gold.Count, perClass.Values.Average(c => c.F1), perClass);
    }
}
