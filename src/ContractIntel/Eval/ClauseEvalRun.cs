using ContractIntel.Extraction.Inference;

namespace ContractIntel.Eval;

/// <summary>What <c>eval clauses</c> collects per contract: the CUAD questions over the ranked candidates and over
/// the stored findings, the prediction-file rows, and which contracts each category was reported in.</summary>
internal sealed class ClauseEvalRun(IReadOnlyList<string> categories)
{
    public IReadOnlyList<string> Categories { get; } = categories;

    public int Contracts { get; private set; }

    public int Units { get; private set; }

    public List<CuadQuestion> Ranked { get; } = [];

    public List<CuadQuestion> Emitted { get; } = [];

    public List<CuadPrediction> Predictions { get; } = [];

    public Dictionary<string, int> ReportedIn { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> OccursIn { get; } = new(StringComparer.Ordinal);

    public void Add(string contract, string file, int units, IReadOnlyDictionary<string, IReadOnlyList<string>> gold,
        IReadOnlyList<ClauseFinding> ranked, IReadOnlyList<ClauseFinding> emitted)
    {
        Contracts++;
        Units += units;
        var rankedBy = ranked.ToLookup(f => f.Category);
        var emittedBy = emitted.ToLookup(f => f.Category);
        foreach (var category in Categories)
        {
            var answers = gold[category];
            var best = rankedBy[category].OrderByDescending(f => f.Score).ToList();
            Ranked.Add(new CuadQuestion(contract, category, answers, best.Select(f => (f.Text, Score(f))).ToList()));
            Emitted.Add(new CuadQuestion(contract, category, answers, emittedBy[category].OrderByDescending(f => f.Score).Select(f => (f.Text, Score(f))).ToList()));
            Predictions.AddRange(best.Select(f => new CuadPrediction(file, category, f.Text, f.Page, f.Start, f.End, Score(f))));
            if (emittedBy[category].Any()) ReportedIn[category] = ReportedIn.GetValueOrDefault(category) + 1;
            if (answers.Count > 0) OccursIn[category] = OccursIn.GetValueOrDefault(category) + 1;
        }
    }

    /// <summary>The score as the prediction file writes it (6 decimals), so re-scoring the file gives the same curve.</summary>
    public static double Score(ClauseFinding f) => Math.Round((double)f.Score, 6);
}
