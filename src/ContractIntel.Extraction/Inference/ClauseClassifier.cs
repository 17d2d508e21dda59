using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Extraction.Inference;

/// <summary>Finds CUAD clause categories in a contract's segments with the fine-tuned encoder.</summary>
public sealed class ClauseClassifier
{
    public ModelIdentity Identity => throw new NotImplementedException();

    public IReadOnlyList<ClauseFinding> Classify(DocumentText document, IReadOnlyList<Segment> segments) => throw new NotImplementedException();
}
