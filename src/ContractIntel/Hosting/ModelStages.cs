using ContractIntel.Extraction.Inference;

namespace ContractIntel.Hosting;

/// <summary>
/// The two model-backed stages, loaded once (one ONNX Runtime session per model) and disposed with the host. The
/// clause model's session starts here; the sentiment model's files are checked here and its session starts with the
/// first document scored (<see cref="SentimentScorer.CreateOnFirstUse"/>).
/// </summary>
public sealed class ModelStages : IDisposable
{
    public ModelStages(InferenceOptions options)
    {
        Clauses = string.IsNullOrWhiteSpace(options.ClauseModel) ? null : ClauseClassifier.Create(options, options.ClauseModel);
        try
        {
            Sentiment = string.IsNullOrWhiteSpace(options.SentimentModel) ? null : SentimentScorer.CreateOnFirstUse(options, options.SentimentModel);
        }
        catch
        {
            Clauses?.Dispose();
            throw;
        }
    }

    public ClauseClassifier? Clauses { get; }

    public SentimentScorer? Sentiment { get; }

    public void Dispose()
    {
        Clauses?.Dispose();
        Sentiment?.Dispose();
    }
}
