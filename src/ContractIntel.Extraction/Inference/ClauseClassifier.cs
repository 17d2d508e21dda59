using ContractIntel.Extraction.Clauses;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Extraction.Inference;

/// <summary>
/// Finds CUAD clause categories in a contract. The encoder scores each sentence once; <see cref="ClauseSpans"/>
/// turns the scores into answer-sized candidates (sentences, sentence pairs, paragraphs, title lines, dates,
/// party names, durations). With a <c>calibration.json</c> next to the manifest a candidate's score is its
/// calibrated probability of being a CUAD answer, and <see cref="Classify"/> keeps the candidates at or above the
/// calibration's operating point in enabled categories. Without one (a model not yet calibrated) it keeps the
/// sentences at the manifest's per-category thresholds, as before calibration existed.
/// </summary>
public sealed class ClauseClassifier : IDisposable
{
    public const string DefaultModel = "cuad-minilm";

    /// <summary>CUAD's evaluation reads the 20 best answers per (contract, category); so does <see cref="Rank"/>.</summary>
    public const int TopK = 20;

    private readonly FineTunedModel _model;
    private readonly string[] _categories;
    private readonly float[] _thresholds;
    private readonly ClauseSpans _spans = new();

    public ClauseClassifier(FineTunedModel model)
    {
        if (model.Manifest.Task != "clauses" || !model.Manifest.MultiLabel)
        {
            throw new InvalidOperationException($"Model '{model.Manifest.Name}' is a '{model.Manifest.Task}' model, not a multi-label clauses model.");
        }
        _model = model;
        _categories = [.. model.Manifest.Labels];
        // Per-category thresholds chosen on training folds; an absent one falls back to 0.5. Kept as an array so
        // the per-segment loop is an index, not a dictionary lookup.
        _thresholds = _categories.Select(c => model.Manifest.Thresholds?.GetValueOrDefault(c, 0.5f) ?? 0.5f).ToArray();
        // A calibration fitted on other weights (a model folder replaced by a new version) would mis-state every
        // score: it is ignored, and the manifest thresholds apply until `eval clauses --calibrate` is run again.
        var calibration = ClauseCalibration.Load(model.Folder);
        StaleCalibration = calibration is not null && !string.Equals(calibration.ArtifactSha256, model.Manifest.Artifact.Sha256, StringComparison.OrdinalIgnoreCase);
        Calibration = StaleCalibration ? null : calibration;
    }

    public static ClauseClassifier Create(InferenceOptions options, string model = DefaultModel) => new(FineTunedModel.Load(model, options));

    public ModelIdentity Identity => _model.Identity;

    public IReadOnlyList<string> Categories => _categories;

    public IReadOnlyList<float> Thresholds => _thresholds;

    /// <summary>The calibration the scores go through, or null when the model folder has none.</summary>
    public ClauseCalibration? Calibration { get; }

    /// <summary>True when the folder's calibration.json was fitted on other weights and is therefore not used.</summary>
    public bool StaleCalibration { get; }

    public string Folder => _model.Folder;

    /// <summary>What the pipeline stores: the ranked candidates at the operating point (see the class summary).</summary>
    public IReadOnlyList<ClauseFinding> Classify(DocumentText document, IReadOnlyList<Segment> segments) =>
        Select(Rank(Candidates(document, segments).Candidates));

    /// <summary>The classified units, their raw scores and every candidate span with its raw score.</summary>
    public ClauseCandidates Candidates(DocumentText document, IReadOnlyList<Segment> segments)
    {
        var units = Units(segments);
        var scores = Score(units);
        return new ClauseCandidates(units, scores, _spans.Find(document, segments, units, scores, _categories));
    }

    /// <summary>
    /// Per category, the <see cref="TopK"/> best distinct texts by (calibrated) score, best first: the answer list
    /// CUAD's metric reads and <c>eval clauses --predictions</c> writes.
    /// </summary>
    public IReadOnlyList<ClauseFinding> Rank(IReadOnlyList<ClauseCandidate> candidates)
    {
        var ranked = new List<ClauseFinding>();
        foreach (var group in candidates.GroupBy(c => c.Category))
        {
            var texts = new HashSet<string>(StringComparer.Ordinal);
            var best = group.Select(c => (c, Score: Calibrated(c)))
                .Where(x => Calibration is not null || x.c.Source == CandidateSources.Sentence)
                .OrderByDescending(x => x.Score).ThenByDescending(x => x.c.RawScore).ThenBy(x => x.c.Start);
            foreach (var (c, score) in best)
            {
                if (!texts.Add(c.Text)) continue;
                ranked.Add(new ClauseFinding(c.Category, c.SegmentIndex, c.Page, c.Start, c.End, c.Text, score, Identity.Name, Identity.Version));
                if (texts.Count == TopK) break;
            }
        }
        return ranked;
    }

    /// <summary>
    /// The findings a run stores, from <see cref="Rank"/>'s list: at or above the operating point in an enabled
    /// category, and not overlapping a better finding of the same category (one clause, one finding). A category is
    /// enabled when the calibration enables it and the manifest does not switch it off (threshold 1.0: the model card's
    /// <c>disabled_categories</c>, too few training positives or no usable precision), so the card's word holds.
    /// </summary>
    public IReadOnlyList<ClauseFinding> Select(IReadOnlyList<ClauseFinding> ranked)
    {
        var kept = new List<ClauseFinding>();
        foreach (var f in ranked.OrderByDescending(f => f.Score))
        {
            var k = Array.IndexOf(_categories, f.Category);
            var passes = Calibration is { } cal
                ? cal.Enabled(f.Category) && _thresholds[k] < 1f && f.Score >= cal.OperatingPoint
                : f.Score >= _thresholds[k];
            if (!passes || kept.Any(o => o.Category == f.Category && o.Start < f.End && f.Start < o.End)) continue;
            kept.Add(f);
        }
        return [.. kept.OrderBy(f => f.Start).ThenBy(f => Array.IndexOf(_categories, f.Category))];
    }

    private float Calibrated(ClauseCandidate c) =>
        Calibration is { } cal ? MathF.Round(cal.Apply(c.Category, c.Source, c.RawScore), 6) : c.RawScore;

    /// <summary>The segments that are classified: the sentences, or the paragraphs when a document has none.</summary>
    public static IReadOnlyList<Segment> Units(IReadOnlyList<Segment> segments)
    {
        var sentences = segments.Where(s => s.Kind == SegmentKind.Sentence).ToList();
        return sentences.Count > 0 ? sentences : segments.Where(s => s.Kind == SegmentKind.Paragraph).ToList();
    }

    /// <summary>
    /// Sigmoid score per (unit, category). A unit longer than one window scores its best window, unless the
    /// manifest's input rule says training truncated units to the first window (cuad-minilm 2.x): then the same.
    /// </summary>
    public float[][] Score(IReadOnlyList<Segment> units) =>
        _model.Predict(units.Select(u => u.Text).ToList(), _model.Manifest.Input?.TruncatesToFirstWindow == true ? WindowAggregation.First : WindowAggregation.Max).Probabilities;

    public void Dispose() => _model.Dispose();
}
