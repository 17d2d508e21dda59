using ContractIntel.Data.Audit;
using ContractIntel.Data.Results;

namespace ContractIntel.Data.Runs;

/// <summary>All rows one run writes, with their row hashes set, ready to insert and to seal.</summary>
internal sealed record RunRowSet(
    ProcessingRun Run,
    IReadOnlyList<RunModel> Models,
    IReadOnlyList<RunPage> Pages,
    IReadOnlyList<RunSegment> Segments,
    IReadOnlyList<RunClauseFinding> ClauseFindings,
    IReadOnlyList<RunField> Fields,
    IReadOnlyList<RunSentenceSentiment> Sentences,
    RunDocumentSentiment? DocumentSentiment)
{
    public RunDigest Digest(string documentRowHash) => new(documentRowHash, Run.RowHash, new Dictionary<string, TableDigest>
    {
        [AuditedTables.RunModels.Key] = Digest(Models),
        [AuditedTables.Pages.Key] = Digest(Pages),
        [AuditedTables.Segments.Key] = Digest(Segments),
        [AuditedTables.ClauseFindings.Key] = Digest(ClauseFindings),
        [AuditedTables.Fields.Key] = Digest(Fields),
        [AuditedTables.SentenceScores.Key] = Digest(Sentences),
        [AuditedTables.DocumentScores.Key] = Digest(DocumentSentiment is null ? [] : [DocumentSentiment]),
    });

    private static TableDigest Digest(IEnumerable<IAuditedRow> rows) => TableDigest.Of(rows.Select(r => r.RowHash).ToList());
}
