using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Extraction.Inference;

/// <summary>
/// Scores each sentence's financial sentiment with the fine-tuned encoder, plus a document aggregate. Made with
/// <see cref="CreateOnFirstUse"/>, the model's files are checked at once and its session starts with the first
/// document that is scored: contracts never are (unless asked), and starting a second ONNX Runtime session cost a
/// contract-only batch about 0.3 s of CPU for nothing.
/// </summary>
public sealed class SentimentScorer : IDisposable
{
    public const string DefaultModel = "finsent-minilm";

    private readonly Func<FineTunedModel> _load;
    private readonly Lock _gate = new();
    private readonly int _positive;
    private readonly int _negative;
    private readonly int _neutral;
    private FineTunedModel? _model;
    private bool _disposed;

    private SentimentScorer(ModelManifest manifest, Func<FineTunedModel> load)
    {
        var labels = manifest.Labels.ToList();
        _positive = labels.IndexOf("positive");
        _negative = labels.IndexOf("negative");
        _neutral = labels.IndexOf("neutral");
        if (manifest.Task != "sentiment" || manifest.MultiLabel || labels.Count != 3 || _positive < 0 || _negative < 0 || _neutral < 0)
        {
            throw new InvalidOperationException($"Model '{manifest.Name}' is not a 3-class (positive, negative, neutral) sentiment model.");
        }
        _load = load;
    }

    public SentimentScorer(FineTunedModel model)
        : this(model.Manifest, () => model) => _model = model;

    public static SentimentScorer Create(InferenceOptions options, string model = DefaultModel) => new(FineTunedModel.Load(model, options));

    /// <summary>
    /// Checks now what can be checked without a session (the manifest, the artifact's sha256, the base encoder's
    /// hashes); the session is built when the first text is scored, and a failure then is not remembered (the
    /// next document tries again).
    /// </summary>
    public static SentimentScorer CreateOnFirstUse(InferenceOptions options, string model = DefaultModel)
    {
        var (_, manifest, _) = new ModelStore(options).Open(model);
        BaseEncoder.Load(options.BaseEncoderPath);
        return new SentimentScorer(manifest, () => FineTunedModel.Load(model, options));
    }

    /// <summary>Starts the session now if it has not started (a bench that times model loading apart from documents).</summary>
    public void Start() => _ = Model;

    /// <summary>What ran (precision and device included); reading it starts the session if it has not started.</summary>
    public ModelIdentity Identity => Model.Identity;

    private FineTunedModel Model
    {
        get
        {
            if (Volatile.Read(ref _model) is { } loaded) return loaded;
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (_model is null) Volatile.Write(ref _model, _load());
                return _model;
            }
        }
    }

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
        var raw = Model.Predict(texts, WindowAggregation.Mean).Probabilities;
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

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _model?.Dispose();
        }
    }
}
