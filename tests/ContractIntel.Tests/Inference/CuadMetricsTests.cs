using ContractIntel.Eval;

namespace ContractIntel.Tests.Inference;

public sealed class CuadMetricsTests
{
    private static Dictionary<string, IReadOnlyList<(string Text, float Score)>> Preds(
        params (string Contract, (string, float)[] Spans)[] rows) =>
        rows.ToDictionary(r => r.Contract, r => (IReadOnlyList<(string, float)>)r.Spans, StringComparer.Ordinal);

    [Fact]
    public void NormalisationDropsCasePunctuationAndArticles()
    {
        Assert.Equal("buyer shall pay seller", CuadText.Normalize("The Buyer shall pay, the   Seller."));
        Assert.Equal("anthem theory", CuadText.Normalize("An anthem: a theory"));
        Assert.Equal(0.5, CuadText.Jaccard(CuadText.Words("alpha beta gamma"), CuadText.Words("alpha beta delta")), 10);
    }

    [Fact]
    public void HandComputedCurveAuprAndPrecisionAtRecall()
    {
        // A: one gold, found at 0.9, plus a fp at 0.6. B: two golds, one found at 0.8, a fp at 0.3.
        // C: no gold; its predictions count one fp from 0.7 down. Curve: (1/3, 1) (2/3, 1) then precision falls
        // at recall 2/3, so AUPR = 1/3 + 1/3 = 2/3 and recall never reaches 0.8 (precision 0 there).
        var gold = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["A"] = ["the buyer shall pay the seller"],
            ["B"] = ["governed by the laws of Delaware", "venue shall be New York"],
            ["C"] = [],
        };
        var predictions = Preds(
            ("A", [("Buyer shall pay seller.", 0.9f), ("Unrelated text here", 0.6f)]),
            ("B", [("governed by laws of Delaware", 0.8f), ("nothing relevant", 0.3f)]),
            ("C", [("some clause", 0.7f), ("other", 0.2f)]));
        var (curve, aupr, p80, p90) = CuadMetrics.Evaluate("Governing Law", gold, predictions);
        Assert.Equal(2.0 / 3, aupr!.Value, 10);
        Assert.Equal(0, p80);
        Assert.Equal(0, p90);
        Assert.Equal((0.0, 1.0), curve[0]);
        Assert.Equal(2.0 / 3, curve.Max(p => p.Recall), 10);
    }

    [Fact]
    public void PrecisionAtRecallUsesTheMonotoneCurve()
    {
        // One gold found only at 0.5, below a fp at 0.9: recall 1 at precision 1/2, so AUPR, P@80R, P@90R = 0.5.
        var gold = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["D"] = ["alpha beta"] };
        var (_, aupr, p80, p90) = CuadMetrics.Evaluate("X", gold, Preds(("D", [("gamma", 0.9f), ("alpha beta", 0.5f)])));
        Assert.Equal(0.5, aupr!.Value, 10);
        Assert.Equal(0.5, p80!.Value, 10);
        Assert.Equal(0.5, p90!.Value, 10);
    }

    [Fact]
    public void PartiesAlsoMatchWhenThePredictionContainsTheGoldName()
    {
        var gold = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["E"] = ["Acme Corp"] };
        var predictions = Preds(("E", [("This Agreement is made between Acme Corp. and Beta LLC, a Delaware company", 0.4f)]));
        Assert.Equal(1, CuadMetrics.Evaluate("Parties", gold, predictions).Aupr);
        Assert.Equal(0, CuadMetrics.Evaluate("Governing Law", gold, predictions).Aupr);
    }

    [Fact]
    public void NoGoldClauseMeansNoAupr() =>
        Assert.Null(CuadMetrics.Evaluate("X", new Dictionary<string, IReadOnlyList<string>> { ["F"] = [] }, Preds(("F", [("a", 0.9f)]))).Aupr);
}
