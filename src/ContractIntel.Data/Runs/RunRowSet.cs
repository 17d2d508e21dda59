using ContractIntel.Data.Audit;
using ContractIntel.Data.Results;

namespace ContractIntel.Data.Runs;

/// <summary>All rows one run writes, with their row hashes set, ready to insert and to seal.</summary>
internal sealed record RunRowSet(
    ProcessingRun Run,
    IReadOnlyList<RunModel> Models,
    IReadOnlyList<RunPage> Pages,
    IReadOnlyList<RunSegment> Segments,
    IReadOnlyList<RunClauseFinding> Clauses,
    IReadOnlyList<RunField> Fields,
    IReadOnlyList<RunSentenceSentiment> Sentences,
    RunDocumentSentiment? DocumentSentiment)
{
    public RunDigest Digest(string documentRowHash) => new(documentRowHash, Run.RowHash, new Dictionary<string, TableDigest>
    {
        ["run_models"] = TableDigest.Of(Models.Select(r => r.RowHash).ToList()),
        ["pages"] = TableDigest.Of(Pages.Select(r => r.RowHash).ToList()),
        ["segments"] = TableDigest.Of(Segments.Select(r => r.RowHash).ToList()),
        ["findings"] = TableDigest.Of(Clauses.Select(r => r.RowHash).ToList()),
        ["fields"] = TableDigest.Of(Fields.Select(r => r.RowHash).ToList()),
        ["sentence_scores"] = TableDigest.Of(Sentences.Select(r => r.RowHash).ToList()),
        ["document_scores"] = TableDigest.Of(DocumentSentiment is null ? [] : [DocumentSentiment.RowHash]),
    });
}
