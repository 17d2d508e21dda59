using Microsoft.EntityFrameworkCore;

namespace ContractIntel.Data.Audit;

/// <summary>
/// Appends to the one global chain. The append is serialised by a transaction-scoped advisory lock (the same key
/// the retention function takes), so two workers never read the same head; the primary key on the sequence and
/// the unique previous hash would reject a fork anyway. Call inside the run's transaction, last, so the lock is held
/// only for the few inserts before the commit.
/// </summary>
internal static class AuditChain
{
    /// <summary>Advisory lock keys (class, object): documented in docs/sql.md and used by purge_document.</summary>
    public const int LockClass = 0x43490000; // 1128857600: 'CI' in the high bytes, this service's advisory lock namespace
    public const int ChainLock = 1;
    public const int DocumentLockClass = LockClass + 1;

    public static async Task<IReadOnlyList<AuditEvent>> AppendAsync(ContractIntelDbContext db, IReadOnlyList<PendingEvent> pending, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockClass}, {ChainLock})", ct);
        var head = await db.AuditEvents.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
        var sequence = head?.Sequence ?? 0;
        var prev = head?.Hash ?? AuditHasher.Genesis;
        var events = new List<AuditEvent>(pending.Count);
        foreach (var p in pending)
        {
            sequence++;
            var payload = Payload(sequence, p).ToString();
            var hash = AuditHasher.Link(prev, payload);
            events.Add(new AuditEvent
            {
                Sequence = sequence, RunId = p.RunId, DocumentId = p.DocumentId, Stage = p.Stage,
                OccurredAt = p.OccurredAt, Payload = payload, PrevHash = prev, Hash = hash,
            });
            prev = hash;
        }
        db.AuditEvents.AddRange(events);
        await db.SaveChangesAsync(ct);
        return events;
    }

    /// <summary>The payload repeats the event's columns, so changing a column without the payload is caught too.</summary>
    public static CanonicalJson Payload(long sequence, PendingEvent e) => new CanonicalJson()
        .Add("sequence", sequence).Add("stage", e.Stage).Add("run_id", e.RunId).Add("document_id", e.DocumentId)
        .Add("occurred_at", e.OccurredAt).Add("data", e.Data);
}
