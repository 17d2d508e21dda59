using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Fields;
using ContractIntel.Extraction.Inference;
using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Tests.Documents;

/// <summary>
/// The committed cuad-minilm clause model with a throw-away rebuild cache, and what the pipeline finds in a document
/// with it (segments, clause findings, fields): for the tests that compare two readings of one contract.
/// </summary>
internal sealed class ClauseModelRun : IDisposable
{
    private readonly ScratchFolder _cache = TestFolders.New("clauses-");
    private readonly ClauseClassifier _classifier;

    public ClauseModelRun() =>
        _classifier = ClauseClassifier.Create(new InferenceOptions
        {
            ModelsPath = Path.Combine(Samples.Root, "..", "models"), CachePath = _cache, IntraOpThreads = 2,
        }, "cuad-minilm");

    public (IReadOnlyList<ClauseFinding> Clauses, IReadOnlyList<ExtractedField> Fields) Extract(DocumentText document)
    {
        var segments = new Segmenter().Split(document);
        var clauses = _classifier.Classify(document, segments);
        return (clauses, new ContractFieldExtractor().Extract(document, segments, clauses));
    }

    public void Dispose()
    {
        _classifier.Dispose();
        _cache.Dispose();
    }
}
