using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Extraction.Inference;

/// <summary>Finds CUAD clause categories in a contract's segments with the fine-tuned encoder.</summary>
public sealed class ClauseClassifier : IDisposable
{
    public const string DefaultModel = "cuad-minilm";

    private readonly FineTunedModel _model;
    private readonly string[] _categories;
    private readonly float[] _thresholds;

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
    }

    public static ClauseClassifier Create(InferenceOptions options, string model = DefaultModel) => new(FineTunedModel.Load(model, options));

    public ModelIdentity Identity => _model.Identity;

    public IReadOnlyList<string> Categories => _categories;

    public IReadOnlyList<float> Thresholds => _thresholds;

    public IReadOnlyList<ClauseFinding> Classify(DocumentText document, IReadOnlyList<Segment> segments)
    {
        var units = Units(segments);
        var scores = Score(units);
        var findings = new List<ClauseFinding>();
        for (var s = 0; s < units.Count; s++)
        {
            for (var k = 0; k < _categories.Length; k++)
            {
                if (scores[s][k] < _thresholds[k]) continue;
                var u = units[s];
                findings.Add(new ClauseFinding(_categories[k], u.Index, u.Page, u.Start, u.End, u.Text, scores[s][k], Identity.Name, Identity.Version));
            }
        }
        return findings;
    }

    /// <summary>The segments that are classified: the sentences, or the paragraphs when a document has none.</summary>
    public static IReadOnlyList<Segment> Units(IReadOnlyList<Segment> segments)
    {
        var sentences = segments.Where(s => s.Kind == SegmentKind.Sentence).ToList();
        return sentences.Count > 0 ? sentences : segments.Where(s => s.Kind == SegmentKind.Paragraph).ToList();
    }

    /// <summary>Sigmoid score per (unit, category); a unit longer than one window scores its best window.</summary>
    public float[][] Score(IReadOnlyList<Segment> units) =>
        _model.Predict(units.Select(u => u.Text).ToList(), WindowAggregation.Max).Probabilities;

    public void Dispose() => _model.Dispose();
}
