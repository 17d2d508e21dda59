using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace ContractIntel.Data.Audit;

/// <summary>
/// Walks the whole chain from the first event: sequences without gaps, each prev_hash the previous hash, each hash
/// recomputed from its payload, each payload agreeing with its columns. Remembers what the run checks need: each
/// run's final event and each document's purge.
/// </summary>
internal sealed class ChainScan
{
    public const int MaxProblems = 100;

    public List<VerificationProblem> Problems { get; } = [];
    public Dictionary<Guid, (long Sequence, string Payload)> FinalEvents { get; } = [];
    public Dictionary<Guid, long> Purges { get; } = [];
    public Dictionary<Guid, (long Sequence, string Payload)> ReceivedEvents { get; } = [];
    public Dictionary<long, string> Hashes { get; } = [];
    public long Events { get; private set; }
    public long HeadSequence { get; private set; }
    public string HeadHash { get; private set; } = AuditHasher.Genesis;

    public async Task RunAsync(ContractIntelDbContext db, IReadOnlySet<long> keepHashes, CancellationToken ct)
    {
        var expected = 1L;
        var prev = AuditHasher.Genesis;
        await foreach (var e in db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            Events++;
            if (e.Sequence != expected)
            {
                Add("chain", e.Sequence, e.RunId, e.Sequence > expected
                    ? $"audit event {expected}{(e.Sequence - expected > 1 ? $"..{e.Sequence - 1}" : "")} is missing: the chain jumps to {e.Sequence}"
                    : $"audit event {e.Sequence} is out of order (expected {expected})");
            }
            if (e.PrevHash != prev)
                Add("chain", e.Sequence, e.RunId, $"audit event {e.Sequence}: prev_hash {e.PrevHash} is not the previous event's hash {prev}");
            var recomputed = AuditHasher.Link(e.PrevHash, e.Payload);
            if (recomputed != e.Hash)
                Add("chain", e.Sequence, e.RunId, $"audit event {e.Sequence}: hash {e.Hash} does not match its payload (recomputed {recomputed})");
            CheckPayload(e);
            if (keepHashes.Contains(e.Sequence)) Hashes[e.Sequence] = e.Hash;
            if (e.RunId is { } run && AuditStages.IsFinal(e.Stage))
            {
                if (!FinalEvents.TryAdd(run, (e.Sequence, e.Payload)))
                    Add("chain", e.Sequence, run, $"audit event {e.Sequence}: run {run} is sealed twice");
            }
            if (e.Stage == AuditStages.Purged && e.DocumentId is { } doc) Purges[doc] = e.Sequence;
            if (e.Stage == AuditStages.Received && e.RunId is { } received) ReceivedEvents.TryAdd(received, (e.Sequence, e.Payload));
            // Resynchronise on the stored values so one break is reported once, not for every later event.
            prev = e.Hash;
            expected = e.Sequence + 1;
            HeadSequence = e.Sequence;
            HeadHash = e.Hash;
        }
    }

    private void CheckPayload(AuditEvent e)
    {
        try
        {
            using var doc = JsonDocument.Parse(e.Payload);
            var p = doc.RootElement;
            var matches = p.GetProperty("sequence").GetInt64() == e.Sequence
                && p.GetProperty("stage").GetString() == e.Stage
                && Uuid(p.GetProperty("run_id")) == e.RunId
                && Uuid(p.GetProperty("document_id")) == e.DocumentId
                && p.GetProperty("occurred_at").GetString() == CanonicalJson.Timestamp(e.OccurredAt);
            if (!matches)
                Add("payload", e.Sequence, e.RunId, $"audit event {e.Sequence}: its columns (sequence, stage, run_id, document_id, occurred_at) differ from its hashed payload");
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            Add("payload", e.Sequence, e.RunId, $"audit event {e.Sequence}: payload is not a well-formed event ({ex.GetType().Name})");
        }
    }

    private static Guid? Uuid(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetGuid();

    private void Add(string kind, long sequence, Guid? run, string message)
    {
        if (Problems.Count < MaxProblems) Problems.Add(new VerificationProblem(kind, sequence, run, "audit_events", $"sequence={sequence}", message));
    }
}
