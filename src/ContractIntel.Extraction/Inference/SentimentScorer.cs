using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Extraction.Inference;

/// <summary>Scores each sentence's financial sentiment with the fine-tuned encoder, plus a document aggregate.</summary>
public sealed class SentimentScorer : IDisposable
{
    public const string DefaultModel = "finsent-minilm";

    private readonly FineTunedModel _model;
    private readonly int _positive;
    private readonly int _negative;
    private readonly int _neutral;

    public SentimentScorer(FineTunedModel model)
    {
        var labels = model.Manifest.Labels.ToList();
        _positive = labels.IndexOf("positive");
        _negative = labels.IndexOf("negative");
        _neutral = labels.IndexOf("neutral");
        if (model.Manifest.Task != "sentiment" || model.Manifest.MultiLabel || labels.Count != 3 || _positive < 0 || _negative < 0 || _neutral < 0)
        {
            throw new InvalidOperationException($"Model '{model.Manifest.Name}' is not a 3-class (positive, negative, neutral) sentiment model.");
        }
        _model = model;
    }

    public static SentimentScorer Create(InferenceOptions options, string model = DefaultModel) => new(FineTunedModel.Load(model, options));

    public ModelIdentity Identity => _model.Identity;

    public (IReadOnlyList<SentenceSentiment> Sentences, DocumentSentiment? Document) Score(IReadOnlyList<Segment> segments)
    {
        var sentences = segments.Where(s => s.Kind == SegmentKind.Sentence).ToList();
        if (sentences.Count == 0) return ([], null);
        var probabilities = ScoreTexts(sentences.Select(s => s.Text).ToList());
        var results = new List<SentenceSentiment>(sentences.Count);
        double positive = 0, negative = 0, neutral = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var (label, p) = probabilities[i];
            var s = sentences[i];
            results.Add(new SentenceSentiment(s.Index, s.Page, s.Start, s.End, s.Text, label, p[0], p[1], p[2], Identity.Name, Identity.Version));
            positive += p[0];
            negative += p[1];
            neutral += p[2];
        }
        var n = sentences.Count;
        float[] mean = [(float)(positive / n), (float)(negative / n), (float)(neutral / n)];
        var document = new DocumentSentiment(Label(mean), n, mean[0], mean[1], mean[2]);
        return (results, document);
    }

    /// <summary>Per text: the label and the probabilities in the order positive, negative, neutral.</summary>
    public IReadOnlyList<(string Label, float[] Probabilities)> ScoreTexts(IReadOnlyList<string> texts)
    {
        var raw = _model.Predict(texts, WindowAggregation.Mean).Probabilities;
        return raw.Select(p =>
        {
            float[] ordered = [p[_positive], p[_negative], p[_neutral]];
            return (Label(ordered), ordered);
        }).ToList();
    }

    private static string Label(float[] ordered)
    {
        var best = 0;
        for (var k = 1; k < 3; k++) if (ordered[k] > ordered[best]) best = k;
        return best switch { 0 => "positive", 1 => "negative", _ => "neutral" };
    }

    public void Dispose() => _model.Dispose();
}
