using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Inference;
using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Extraction.Fields;

/// <summary>Extracts parties, dates, governing law, term, renewal and notice fields from a contract.</summary>
public sealed class ContractFieldExtractor
{
    public IReadOnlyList<ExtractedField> Extract(DocumentText document, IReadOnlyList<Segment> segments, IReadOnlyList<ClauseFinding> clauses) => throw new NotImplementedException();
}
