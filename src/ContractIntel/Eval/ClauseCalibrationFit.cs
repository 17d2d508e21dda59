using System.Globalization;
using System.Text.Json.Nodes;
using ContractIntel.Extraction.Clauses;

namespace ContractIntel.Eval;

/// <summary>
/// Fits <see cref="ClauseCalibration"/> on calibration contracts: every candidate is labelled an answer when it
/// matches a gold answer of its question by CUAD's rule, and an isotonic map per (category, source) turns the
/// raw score into the share of answers. A category is enabled when at least <see cref="MinContracts"/>
/// calibration contracts have it and at least <see cref="MinMatches"/> candidates matched. The operating point is
/// the lowest of 0.20, 0.25 ... 0.95 at which the findings a run would store on these contracts reach the
/// target precision.
/// </summary>
internal sealed class ClauseCalibrationFit(IReadOnlyList<string> categories)
{
    public const int MinContracts = 3;
    public const int MinMatches = 5;

    private readonly List<(string Contract, ClauseCandidate Candidate, bool Hit)> _samples = [];
    private readonly Dictionary<string, (int Answers, int Contracts)> _gold = new(StringComparer.Ordinal);

    public void Add(string contract, IReadOnlyList<ClauseCandidate> candidates, IReadOnlyDictionary<string, IReadOnlyList<string>> gold)
    {
        foreach (var (category, answers) in gold)
        {
            var (a, c) = _gold.GetValueOrDefault(category);
            _gold[category] = (a + answers.Count, c + (answers.Count > 0 ? 1 : 0));
        }
        var words = gold.ToDictionary(g => g.Key, g => g.Value.Select(CuadOfficialMetric.Words).ToList(), StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            var answers = gold[c.Category];
            var w = CuadOfficialMetric.Words(c.Text);
            var hit = Enumerable.Range(0, answers.Count).Any(i => CuadOfficialMetric.Jaccard(words[c.Category][i], w) >= CuadOfficialMetric.MatchJaccard
                || (c.Category == CuadOfficialMetric.Parties && c.Text.Contains(answers[i], StringComparison.Ordinal)));
            _samples.Add((contract, c with { Text = "" }, hit));
        }
    }

    public ClauseCalibration Fit(IReadOnlyList<string> contracts, string artifactSha256, double targetPrecision)
    {
        var perCategory = new Dictionary<string, CategoryCalibration>(StringComparer.Ordinal);
        foreach (var category in categories)
        {
            var samples = _samples.Where(s => s.Candidate.Category == category).ToList();
            var (answers, withAnswer) = _gold.GetValueOrDefault(category);
            var matches = samples.Count(s => s.Hit);
            perCategory[category] = new CategoryCalibration
            {
                Enabled = withAnswer >= MinContracts && matches >= MinMatches,
                Answers = answers, ContractsWithAnswer = withAnswer, MatchingCandidates = matches,
                Sources = samples.GroupBy(s => s.Candidate.Source).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => IsotonicMap.Fit(g.Select(s => ((double)s.Candidate.RawScore, s.Hit)))),
            };
        }
        var draft = new ClauseCalibration { OperatingPoint = 0, Contracts = contracts, ArtifactSha256 = "", Categories = perCategory };
        var point = Enumerable.Range(4, 16).Select(i => i * 0.05).FirstOrDefault(t => Precision(draft, t) >= targetPrecision, 0.95);
        return new ClauseCalibration
        {
            OperatingPoint = Math.Round(point, 2),
            OperatingPointRule = string.Create(CultureInfo.InvariantCulture,
                $"lowest of 0.20, 0.25 ... 0.95 where the stored findings on the {contracts.Count} calibration contracts reach precision {targetPrecision:0.00} (candidate level)"),
            MinAnswers = MinContracts,
            Contracts = contracts,
            ArtifactSha256 = artifactSha256,
            Categories = perCategory,
        };
    }

    /// <summary>Candidate-level precision of what a run would store at <paramref name="point"/>: enabled categories,
    /// calibrated score at or above it, a candidate overlapping a better one of its category dropped.</summary>
    private double Precision(ClauseCalibration calibration, double point)
    {
        int kept = 0, hits = 0;
        foreach (var question in _samples.GroupBy(s => (s.Contract, s.Candidate.Category)))
        {
            if (!calibration.Enabled(question.Key.Category)) continue;
            var stored = new List<ClauseCandidate>();
            foreach (var (_, c, hit) in question.Select(s => (s, Score: calibration.Apply(s.Candidate.Category, s.Candidate.Source, s.Candidate.RawScore)))
                .Where(x => x.Score >= point).OrderByDescending(x => x.Score).Select(x => x.s))
            {
                if (stored.Any(o => o.Start < c.End && c.Start < o.End)) continue;
                stored.Add(c);
                kept++;
                if (hit) hits++;
            }
        }
        return kept == 0 ? 0 : (double)hits / kept;
    }

    public JsonObject Summary(ClauseCalibration calibration)
    {
        var per = new JsonObject();
        foreach (var (category, c) in calibration.Categories)
        {
            per[category] = new JsonObject
            {
                ["enabled"] = c.Enabled, ["answers"] = c.Answers, ["contracts_with_answer"] = c.ContractsWithAnswer,
                ["matching_candidates"] = c.MatchingCandidates, ["sources"] = c.Sources.Count,
            };
        }
        return new JsonObject
        {
            ["calibrated_on_contracts"] = calibration.Contracts.Count,
            ["candidates"] = _samples.Count,
            ["operating_point"] = calibration.OperatingPoint,
            ["operating_point_precision"] = Math.Round(Precision(calibration, calibration.OperatingPoint), 4),
            ["enabled_categories"] = calibration.Categories.Count(c => c.Value.Enabled),
            ["categories"] = per,
        };
    }
}
