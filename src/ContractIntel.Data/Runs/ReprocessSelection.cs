using ContractIntel.Contracts;
using Microsoft.EntityFrameworkCore;

namespace ContractIntel.Data.Runs;

/// <summary>
/// Which documents <c>reprocess</c> queues. Only documents whose bytes are still stored qualify (not purged, not
/// over the size limit). "With model" looks at each document's latest run, whatever its outcome: a document whose
/// latest run already used a newer model is not queued again.
/// </summary>
public static class ReprocessSelection
{
    public static async Task<IReadOnlyList<ReprocessCandidate>> ForDocumentAsync(ContractIntelDbContext db, Guid documentId, CancellationToken ct)
        => await Latest(db).Where(r => r.DocumentId == documentId).Select(Candidate).ToListAsync(ct);

    public static async Task<IReadOnlyList<ReprocessCandidate>> WithModelAsync(ContractIntelDbContext db, string name, string version, CancellationToken ct)
        => await Latest(db)
            .Where(r => db.RunModels.Any(m => m.RunId == r.Id && m.Name == name && m.Version == version))
            .OrderBy(r => r.DocumentId)
            .Select(Candidate)
            .ToListAsync(ct);

    private static IQueryable<ProcessingRun> Latest(ContractIntelDbContext db)
        => db.Runs.AsNoTracking()
            .Where(r => r.Version == db.Runs.Where(o => o.DocumentId == r.DocumentId).Max(o => o.Version))
            .Where(r => db.Documents.Any(d => d.Id == r.DocumentId && d.Content != null));

    private static readonly System.Linq.Expressions.Expression<Func<ProcessingRun, ReprocessCandidate>> Candidate =
        r => new ReprocessCandidate(r.DocumentId, r.FileName, r.RequestedKind.ToCode(), r.Matter);
}
