using System.Text.Json.Nodes;
using ContractIntel.Extraction.Inference;

namespace ContractIntel.Eval;

/// <summary>The JSON <c>eval clauses</c> prints: CUAD's official figures in percent, over the ranked candidates
/// (<c>official</c>) and over the stored findings (<c>emitted</c>), the flood check and the timings.</summary>
internal static class ClauseEvalReport
{
    public static JsonObject Build(ClauseClassifier classifier, ClauseEvalRun run,
        (double Load, double Model, double Spans, double Total) seconds)
    {
        var calibration = classifier.Calibration;
        var flood = new JsonObject();
        var over = 0;
        foreach (var category in run.Categories)
        {
            var reported = run.ReportedIn.GetValueOrDefault(category);
            var truth = run.OccursIn.GetValueOrDefault(category);
            var limit = 2 * truth + 5;
            if (reported > limit) over++;
            flood[category] = new JsonObject { ["reported_in"] = reported, ["occurs_in"] = truth, ["limit"] = limit };
        }
        return new JsonObject
        {
            ["task"] = "clauses",
            ["model"] = EvalJson.Model(classifier.Identity),
            ["contracts"] = run.Contracts,
            ["units"] = run.Units,
            ["metric"] = "CUAD's official evaluate.py: one precision-recall curve pooled over every (contract, category) question; figures in percent",
            ["calibrated"] = calibration is not null,
            ["operating_point"] = calibration?.OperatingPoint,
            ["enabled_categories"] = calibration is null ? run.Categories.Count : run.Categories.Count(calibration.Enabled),
            ["official"] = Figures(run.Ranked, run.Categories, perCategory: true),
            ["emitted"] = Figures(run.Emitted, run.Categories, perCategory: false),
            ["categories_over_flood_limit"] = over,
            ["reported_contracts"] = flood,
            ["legacy_mean_category_aupr"] = Legacy(run),
            ["load_seconds"] = Math.Round(seconds.Load, 2),
            ["seconds"] = Math.Round(seconds.Total, 2),
            ["clause_ms_per_contract"] = new JsonObject
            {
                ["model"] = Math.Round(1000 * seconds.Model / Math.Max(1, run.Contracts), 1),
                ["spans_and_ranking"] = Math.Round(1000 * seconds.Spans / Math.Max(1, run.Contracts), 1),
            },
        };
    }

    private static JsonObject Figures(IReadOnlyList<CuadQuestion> questions, IReadOnlyList<string> categories, bool perCategory)
    {
        var all = CuadOfficialMetric.Evaluate(questions);
        var noParties = CuadOfficialMetric.Evaluate(questions.Where(q => q.Category != CuadOfficialMetric.Parties).ToList());
        var figures = Curve(all);
        figures["without_parties"] = Curve(noParties);
        var per = new JsonObject();
        foreach (var category in categories)
        {
            var subset = questions.Where(q => q.Category == category).ToList();
            var answered = subset.Count(q => q.Answers.Count > 0);
            var curve = CuadOfficialMetric.Evaluate(subset);
            per[category] = perCategory
                ? new JsonObject
                {
                    ["aupr"] = Percent(curve.Aupr), ["max_recall"] = Percent(curve.MaxRecall),
                    ["answers"] = subset.Sum(q => q.Answers.Count), ["contracts_with_answer"] = answered,
                }
                : Percent(curve.Aupr);
        }
        figures["per_category_aupr"] = per;
        return figures;
    }

    private static JsonObject Curve(CuadCurve c) => new()
    {
        ["aupr"] = Percent(c.Aupr), ["p_at_80r"] = Percent(c.PrecisionAt80Recall), ["p_at_90r"] = Percent(c.PrecisionAt90Recall),
        ["max_recall"] = Percent(c.MaxRecall),
    };

    /// <summary>
    /// The figure this verb printed before it used CUAD's metric: the mean over categories of a per-category AUPR
    /// with one false positive per answerless contract and every score as a threshold. Not comparable to the paper.
    /// </summary>
    private static JsonObject Legacy(ClauseEvalRun run)
    {
        var values = new List<double>();
        foreach (var group in run.Ranked.GroupBy(q => q.Category))
        {
            var gold = group.ToDictionary(q => q.Contract, q => q.Answers, StringComparer.Ordinal);
            var predictions = group.ToDictionary(q => q.Contract, q => (IReadOnlyList<(string, float)>)q.Predictions.Select(p => (p.Text, (float)p.Score)).ToList(), StringComparer.Ordinal);
            if (CuadMetrics.Evaluate(group.Key, gold, predictions).Aupr is { } aupr) values.Add(aupr);
        }
        return new JsonObject { ["value"] = Percent(values.Count == 0 ? 0 : values.Average()), ["note"] = "not CUAD's metric; kept for comparison with older model cards" };
    }

    private static double Percent(double fraction) => double.IsNaN(fraction) ? 0 : Math.Round(100 * fraction, 2);
}
