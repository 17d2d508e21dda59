using Microsoft.EntityFrameworkCore;

namespace ContractIntel.Data.Audit;

/// <summary>
/// <c>audit verify</c>: the whole chain, then every run in scope recomputed from its rows, then each checkpoint
/// against the chain. Read-only; the auditor role can run it.
/// </summary>
public sealed class AuditVerifier(ContractIntelDbContext db)
{
    /// <param name="checkpointKey">When given, every checkpoint must carry a valid signature by this key.</param>
    public async Task<VerificationReport> VerifyAsync(VerifyScope scope, IReadOnlyList<AuditCheckpoint> checkpoints, CancellationToken ct,
        System.Security.Cryptography.ECDsa? checkpointKey = null)
    {
        var chain = new ChainScan();
        await chain.RunAsync(db, checkpoints.Select(c => c.Sequence).ToHashSet(), ct);
        var problems = new List<VerificationProblem>(chain.Problems);

        var runs = db.Runs.AsNoTracking();
        if (scope.RunId is { } runId) runs = runs.Where(r => r.Id == runId);
        if (scope.DocumentId is { } documentId) runs = runs.Where(r => r.DocumentId == documentId);
        var checkedRuns = 0;
        var purged = 0;
        var seen = new HashSet<Guid>();
        // Run rows are small (the results are loaded per run): one list, then one run at a time on the same connection.
        foreach (var run in await runs.OrderBy(r => r.RecordedAt).ThenBy(r => r.Id).ToListAsync(ct))
        {
            checkedRuns++;
            seen.Add(run.Id);
            if (await RunCheck.CheckAsync(db, run, chain, problems, ct)) purged++;
        }
        if (scope.RunId is { } wanted && checkedRuns == 0)
            problems.Add(new VerificationProblem("run", null, wanted, "processing_runs", $"id={wanted}", $"run {wanted} does not exist"));
        if (scope == VerifyScope.All)
        {
            foreach (var (run, final) in chain.FinalEvents.Where(f => !seen.Contains(f.Key)).OrderBy(f => f.Value.Sequence))
                problems.Add(new VerificationProblem("run", final.Sequence, run, "processing_runs", $"id={run}", $"audit event {final.Sequence} seals run {run}, which is missing from processing_runs"));
        }

        foreach (var c in checkpoints)
        {
            if (checkpointKey is not null && !c.SignatureValid(checkpointKey))
                problems.Add(new VerificationProblem("checkpoint", c.Sequence, null, null, null, c.Signature is null
                    ? $"checkpoint at sequence {c.Sequence} (taken {CanonicalJson.Timestamp(c.TakenAt)}) is not signed"
                    : $"checkpoint at sequence {c.Sequence} (taken {CanonicalJson.Timestamp(c.TakenAt)}): the signature does not match: the checkpoint file was changed or signed with another key"));
            if (c.Sequence == 0)
            {
                if (c.Hash != AuditHasher.Genesis)
                    problems.Add(new VerificationProblem("checkpoint", 0, null, "audit_events", "sequence=0", "checkpoint at sequence 0 must carry the genesis hash"));
            }
            else if (!chain.Hashes.TryGetValue(c.Sequence, out var hash))
                problems.Add(new VerificationProblem("checkpoint", c.Sequence, null, "audit_events", $"sequence={c.Sequence}", $"checkpoint at sequence {c.Sequence} (taken {CanonicalJson.Timestamp(c.TakenAt)}): the chain has no such event any more (head is {chain.HeadSequence})"));
            else if (hash != c.Hash)
                problems.Add(new VerificationProblem("checkpoint", c.Sequence, null, "audit_events", $"sequence={c.Sequence}", $"checkpoint at sequence {c.Sequence} (taken {CanonicalJson.Timestamp(c.TakenAt)}): the chain now hashes to {hash}, the checkpoint says {c.Hash}: events up to {c.Sequence} were rewritten"));
        }
        return new VerificationReport(chain.Events, chain.HeadSequence, chain.HeadHash, checkedRuns, purged, checkpoints.Count, problems);
    }

    /// <summary>The chain head now: sequence 0 and the genesis hash for an empty chain.</summary>
    public async Task<AuditCheckpoint> CheckpointAsync(TimeProvider time, CancellationToken ct)
    {
        var head = await db.AuditEvents.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash, e.OccurredAt }).FirstOrDefaultAsync(ct);
        return head is null
            ? new AuditCheckpoint(0, AuditHasher.Genesis, null, time.GetUtcNow())
            : new AuditCheckpoint(head.Sequence, head.Hash, head.OccurredAt, time.GetUtcNow());
    }
}
