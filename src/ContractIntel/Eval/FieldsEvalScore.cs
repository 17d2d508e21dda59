namespace ContractIntel.Eval;

/// <summary>Running tallies for one compared field or one Yes/No column.</summary>
internal sealed class FieldsEvalScore
{
    public int N { get; private set; }
    public int Correct { get; private set; }
    public int GoldPresent { get; private set; }
    public int Predicted { get; private set; }
    public int CorrectWhenGoldPresent { get; private set; }

    public void Add(bool goldPresent, bool predicted, bool correct)
    {
        N++;
        if (correct) Correct++;
        if (goldPresent) GoldPresent++;
        if (predicted) Predicted++;
        if (goldPresent && correct) CorrectWhenGoldPresent++;
    }

    public object ToJson() => new Dictionary<string, object?>
    {
        ["n"] = N,
        ["accuracy"] = N == 0 ? null : Math.Round((double)Correct / N, 4),
        ["gold_present"] = GoldPresent,
        ["predicted"] = Predicted,
        ["accuracy_when_gold_present"] = GoldPresent == 0 ? null : Math.Round((double)CorrectWhenGoldPresent / GoldPresent, 4),
    };
}
