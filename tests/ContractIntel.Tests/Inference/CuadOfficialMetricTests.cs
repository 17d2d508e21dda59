using ContractIntel.Eval;

namespace ContractIntel.Tests.Inference;

/// <summary>
/// CUAD's official metric on cases small enough to compute by hand. Scores sit between the thresholds
/// (0.905, not 0.9) because evaluate.py's thresholds come from numpy.arange and are not exactly 0.9.
/// </summary>
public sealed class CuadOfficialMetricTests
{
    private static CuadQuestion Q(string category, string[] answers, params (string, double)[] predictions) =>
        new("c" + answers.Length, category, answers, predictions);

    [Fact]
    public void ThresholdsAreNumpysArangeThenTheTwoSmallOnes()
    {
        var t = CuadOfficialMetric.Thresholds;
        Assert.Equal(101, t.Count);
        Assert.Equal(0.99, t[0]);
        Assert.Equal(0.98, t[1]);
        Assert.Equal(0.01, t[98], 12);
        Assert.Equal([0.001, 0.0], t.Skip(99));
    }

    [Fact]
    public void EveryKeptPredictionOnAQuestionWithoutAnswerIsAFalsePositive()
    {
        // Two fps above the one tp: once the answer is found, precision is 1/3 at recall 1, and the monotone curve
        // carries 1/3 back to recall 0: AUPR 1/3. (Counting one fp per question would give 1/2.)
        var curve = CuadOfficialMetric.Evaluate(
        [
            Q("Governing Law", ["governed by Delaware law"], ("governed by Delaware law", 0.505)),
            Q("Governing Law", [], ("some clause", 0.905), ("another clause", 0.805)),
        ]);
        Assert.Equal(1.0 / 3, curve.Aupr, 12);
        Assert.Equal(1.0 / 3, curve.PrecisionAt80Recall, 12);
        Assert.Equal(1.0, curve.MaxRecall);
    }

    [Fact]
    public void PartiesMatchWhenTheAnswerIsARawSubstringOfThePrediction()
    {
        // Jaccard of the answer with this prediction is 2/7: only the Parties rule matches it.
        (string, double) between = ("made between Acme Corp and Beta LLC", 0.705);
        Assert.Equal(1.0, CuadOfficialMetric.Evaluate([Q("Parties", ["Acme Corp"], between)]).Aupr);
        Assert.Equal(0.0, CuadOfficialMetric.Evaluate([Q("Governing Law", ["Acme Corp"], between)]).Aupr);
        // evaluate.py tests `ans in pred` on the raw strings, so case matters there.
        Assert.Equal(0.0, CuadOfficialMetric.Evaluate([Q("Parties", ["Acme Corp"], ("made between ACME CORP and Beta LLC", 0.705))]).Aupr);
    }

    [Fact]
    public void ARepeatedTextCountsOnceWithItsLastScore()
    {
        // "gamma" is one fp, scored 0.805 (the later entry, as a Python dict keeps it): at recall 1 precision is 1/2.
        var curve = CuadOfficialMetric.Evaluate([Q("X", ["alpha beta"], ("gamma", 0.905), ("gamma", 0.805), ("alpha beta", 0.605))]);
        Assert.Equal(0.5, curve.Aupr, 12);
    }

    [Fact]
    public void OnlyTheTwentyBestPredictionsOfAQuestionCount()
    {
        (string, double)[] Wrong(int n) => Enumerable.Range(0, n).Select(i => ($"wrong {i}", 0.905)).ToArray();
        Assert.Equal(0.0, CuadOfficialMetric.Evaluate([Q("X", ["alpha beta"], [.. Wrong(20), ("alpha beta", 0.505)])]).Aupr);
        Assert.Equal(1.0 / 20, CuadOfficialMetric.Evaluate([Q("X", ["alpha beta"], [.. Wrong(19), ("alpha beta", 0.505)])]).Aupr, 12);
    }

    [Fact]
    public void PrecisionIsMadeMonotoneFromTheRightBeforeTheTrapezoid()
    {
        // (0.5, 1) then (0.5, 1/2) then (1, 2/3): the envelope lifts the middle point to 2/3, so the area is
        // 0.5 * 1 + 0.5 * 2/3 = 5/6 (without the envelope it would be 0.5 + 0.5 * (1/2 + 2/3) / 2 = 19/24).
        var curve = CuadOfficialMetric.Evaluate(
        [
            Q("X", ["alpha beta"], ("alpha beta", 0.905), ("zeta eta", 0.705)),
            Q("X", ["gamma delta"], ("gamma delta", 0.505)),
        ]);
        Assert.Equal(5.0 / 6, curve.Aupr, 12);
        Assert.Equal(2.0 / 3, curve.PrecisionAt80Recall, 12);
        Assert.Equal(2.0 / 3, curve.PrecisionAt90Recall, 12);
        Assert.Equal(2.0 / 3, curve.Precisions[^2], 12);
    }

    [Fact]
    public void PrecisionAtRecallNeverReadsTheLastPointLikeEvaluatePy()
    {
        // The second answer is only kept at threshold 0 (score 0.0005 > 0 but not > 0.001): the area counts it,
        // P@80R does not, because evaluate.py zips the points with the thresholds, one fewer.
        var curve = CuadOfficialMetric.Evaluate(
        [
            Q("X", ["alpha beta"], ("alpha beta", 0.905)),
            Q("X", ["gamma delta"], ("gamma delta", 0.0005)),
        ]);
        Assert.Equal(1.0, curve.Aupr, 12);
        Assert.Equal(0.0, curve.PrecisionAt80Recall);
    }

    [Fact]
    public void JaccardUsesCuadsNormalisation()
    {
        // Drops . , ; : only (not quotes or parentheses), lower-cases, and '/' separates words.
        Assert.Equal(new HashSet<string> { "and", "or", "the", "\"company\"" }, CuadOfficialMetric.Words("And;/Or, the \"Company\"."));
        Assert.Equal(0.5, CuadOfficialMetric.Jaccard(CuadOfficialMetric.Words("alpha beta gamma"), CuadOfficialMetric.Words("Alpha, beta; delta")), 12);
    }
}
