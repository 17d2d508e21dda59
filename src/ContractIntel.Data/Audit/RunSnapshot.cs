using ContractIntel.Data.Documents;
using ContractIntel.Data.Results;
using ContractIntel.Data.Runs;
using Microsoft.EntityFrameworkCore;

namespace ContractIntel.Data.Audit;

/// <summary>
/// Every row of one run as the database holds it now, with its audit events: what the viewer shows and what an
/// audit pack carries. The document's bytes are not loaded (the pages carry the text the evidence points into).
/// </summary>
public sealed record RunSnapshot(
    StoredDocument Document,
    ProcessingRun Run,
    IReadOnlyList<RunModel> Models,
    IReadOnlyList<RunPage> Pages,
    IReadOnlyList<RunSegment> Segments,
    IReadOnlyList<RunClauseFinding> ClauseFindings,
    IReadOnlyList<RunField> Fields,
    IReadOnlyList<RunSentenceSentiment> Sentences,
    IReadOnlyList<RunDocumentSentiment> DocumentScores,
    IReadOnlyList<AuditEvent> Events)
{
    public static async Task<RunSnapshot?> LoadAsync(ContractIntelDbContext db, Guid runId, CancellationToken ct)
    {
        var run = await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null) return null;
        var document = await db.Documents.AsNoTracking().Where(d => d.Id == run.DocumentId)
            .Select(d => new StoredDocument
            {
                Id = d.Id, Sha256 = d.Sha256, SizeBytes = d.SizeBytes, MediaType = d.MediaType, FileName = d.FileName,
                FirstSeen = d.FirstSeen, PurgedAt = d.PurgedAt, RowHash = d.RowHash,
            }).SingleAsync(ct);
        // Canonical order, the order the seal hashed them in: pages by number, segments by index, the rest by ordinal.
        return new RunSnapshot(document, run,
            await db.RunModels.AsNoTracking().Where(r => r.RunId == runId).OrderBy(r => r.Ordinal).ToListAsync(ct),
            await db.Pages.AsNoTracking().Where(r => r.RunId == runId).OrderBy(r => r.PageNumber).ToListAsync(ct),
            await db.Segments.AsNoTracking().Where(r => r.RunId == runId).OrderBy(r => r.SegmentIndex).ToListAsync(ct),
            await db.ClauseFindings.AsNoTracking().Where(r => r.RunId == runId).OrderBy(r => r.Ordinal).ToListAsync(ct),
            await db.Fields.AsNoTracking().Where(r => r.RunId == runId).OrderBy(r => r.Ordinal).ToListAsync(ct),
            await db.SentenceSentiments.AsNoTracking().Where(r => r.RunId == runId).OrderBy(r => r.Ordinal).ToListAsync(ct),
            await db.DocumentSentiments.AsNoTracking().Where(r => r.RunId == runId).ToListAsync(ct),
            await db.AuditEvents.AsNoTracking().Where(e => e.RunId == runId).OrderBy(e => e.Sequence).ToListAsync(ct));
    }

    /// <summary>The event that sealed the run (committed or failed), or null when there is none.</summary>
    public AuditEvent? Seal => Events.LastOrDefault(e => AuditStages.IsFinal(e.Stage));

    /// <summary>Each hashed table's rows in canonical order: the canonical form and the row hash stored beside it.</summary>
    public IReadOnlyList<(string Table, IReadOnlyList<(CanonicalJson Row, string StoredHash)> Rows)> Tables() =>
    [
        Rows(AuditedTables.Documents, [Document]),
        Rows(AuditedTables.Runs, [Run]),
        Rows(AuditedTables.RunModels, Models),
        Rows(AuditedTables.Pages, Pages),
        Rows(AuditedTables.Segments, Segments),
        Rows(AuditedTables.ClauseFindings, ClauseFindings),
        Rows(AuditedTables.Fields, Fields),
        Rows(AuditedTables.SentenceScores, Sentences),
        Rows(AuditedTables.DocumentScores, DocumentScores),
    ];

    private static (string, IReadOnlyList<(CanonicalJson, string)>) Rows(AuditedTable table, IEnumerable<IAuditedRow> rows)
        => (table.Key, rows.Select(r => (RowCanonical.Of(r), r.RowHash)).ToList());
}
