using System.Text.Json;
using ContractIntel.Data.Runs;
using Microsoft.EntityFrameworkCore;

namespace ContractIntel.Data.Audit;

/// <summary>
/// Recomputes one run's rows from what the database holds now and compares them with the seal in its final event:
/// first each row against its recorded row hash (which names the changed row), then each table's count and digest
/// against the seal (which catches added or removed rows, and a row whose hash was rewritten with it).
/// </summary>
internal static class RunCheck
{
    /// <summary>Result tables that the retention function empties; a purged run is not expected to still have them.</summary>
    private static readonly HashSet<string> Purgeable =
        AuditedTables.Results.Where(t => t != AuditedTables.RunModels).Select(t => t.Key).ToHashSet();

    public static async Task<bool> CheckAsync(ContractIntelDbContext db, ProcessingRun run, ChainScan chain, List<VerificationProblem> problems, CancellationToken ct)
    {
        void Add(string kind, string? table, string? row, string message) => problems.Add(new VerificationProblem(kind, null, run.Id, table, row, message));

        var document = await db.Documents.AsNoTracking().SingleAsync(d => d.Id == run.DocumentId, ct);
        var purged = document.PurgedAt is not null && chain.Purges.TryGetValue(document.Id, out var purgeSequence);
        if (!chain.FinalEvents.TryGetValue(run.Id, out var final))
        {
            Add("run", "processing_runs", $"id={run.Id}", $"run {run.Id} (document {run.DocumentId} v{run.Version}) has no committed or failed audit event");
            return purged;
        }
        purged = purged && chain.Purges[document.Id] > final.Sequence;

        var rows = new Dictionary<string, List<string>>();
        var changedTables = new HashSet<string>();
        async Task Table<T>(AuditedTable audited, IQueryable<T> query, Func<T, string> key)
            where T : class, IAuditedRow
        {
            var table = audited.Key;
            var hashes = new List<string>();
            foreach (var row in await query.AsNoTracking().ToListAsync(ct))
            {
                var h = AuditHasher.Row(RowCanonical.Of(row));
                if (h != row.RowHash)
                {
                    Add("row", table, key(row), $"{table} row {key(row)} of run {run.Id} does not match its recorded hash: it was changed");
                    changedTables.Add(table);
                }
                hashes.Add(h);
            }
            rows[table] = hashes;
        }

        var docHash = AuditHasher.Row(RowCanonical.Of(document));
        if (docHash != document.RowHash)
        {
            Add("row", "documents", $"id={document.Id}", $"documents row id={document.Id} does not match its recorded hash: it was changed");
            changedTables.Add("documents");
        }
        if (document.Content is { } content && AuditHasher.Sha256(content) != document.Sha256)
            Add("row", "documents", $"id={document.Id}", $"documents row id={document.Id}: the stored bytes no longer hash to its sha256");
        var runHash = AuditHasher.Row(RowCanonical.Of(run));
        if (runHash != run.RowHash)
        {
            Add("row", "processing_runs", $"id={run.Id}", $"processing_runs row id={run.Id} does not match its recorded hash: it was changed");
            changedTables.Add("processing_runs");
        }

        var id = run.Id;
        await Table(AuditedTables.RunModels, db.RunModels.Where(r => r.RunId == id).OrderBy(r => r.Ordinal), r => $"ordinal={r.Ordinal}");
        await Table(AuditedTables.Pages, db.Pages.Where(r => r.RunId == id).OrderBy(r => r.PageNumber), r => $"page_number={r.PageNumber}");
        await Table(AuditedTables.Segments, db.Segments.Where(r => r.RunId == id).OrderBy(r => r.SegmentIndex), r => $"segment_index={r.SegmentIndex}");
        await Table(AuditedTables.ClauseFindings, db.ClauseFindings.Where(r => r.RunId == id).OrderBy(r => r.Ordinal), r => $"ordinal={r.Ordinal}");
        await Table(AuditedTables.Fields, db.Fields.Where(r => r.RunId == id).OrderBy(r => r.Ordinal), r => $"ordinal={r.Ordinal}");
        await Table(AuditedTables.SentenceScores, db.SentenceSentiments.Where(r => r.RunId == id).OrderBy(r => r.Ordinal), r => $"ordinal={r.Ordinal}");
        await Table(AuditedTables.DocumentScores, db.DocumentSentiments.Where(r => r.RunId == id), r => $"run_id={r.RunId}");

        CompareSeal(run, final, docHash, runHash, rows, changedTables, purged, Add);
        // A changed run or document row was named above; the events disagreeing with it would only say it again.
        if (!problems.Any(p => p.RunId == run.Id && p.Table is "processing_runs" or "documents"))
            EventRowCheck.Compare(run, document, chain.ReceivedEvents.GetValueOrDefault(run.Id), final, Add);
        return purged;
    }

    private static void CompareSeal(ProcessingRun run, (long Sequence, string Payload) final, string docHash, string runHash,
        Dictionary<string, List<string>> rows, HashSet<string> changedTables, bool purged, Action<string, string?, string?, string> add)
    {
        using var json = JsonDocument.Parse(final.Payload);
        var data = json.RootElement.GetProperty("data");
        var seal = data.GetProperty("seal");
        var at = $"(sealed by audit event {final.Sequence})";
        if (!changedTables.Contains("documents") && seal.GetProperty("document").GetString() != docHash)
            add("table", "documents", $"id={run.DocumentId}", $"documents row id={run.DocumentId} differs from the one run {run.Id} sealed {at}");
        if (!changedTables.Contains("processing_runs") && seal.GetProperty("run").GetString() != runHash)
            add("table", "processing_runs", $"id={run.Id}", $"processing_runs row id={run.Id} differs from what was sealed {at}");
        var sealedTables = new Dictionary<string, TableDigest>();
        foreach (var name in RunDigest.TableNames)
        {
            var sealedTable = seal.GetProperty("tables").GetProperty(name);
            var sealedDigest = new TableDigest(sealedTable.GetProperty("count").GetInt32(), sealedTable.GetProperty("sha256").GetString()!);
            sealedTables[name] = sealedDigest;
            // A purged run's result rows are gone by design; a changed row was already named above.
            if ((purged && Purgeable.Contains(name)) || changedTables.Contains(name)) continue;
            var now = TableDigest.Of(rows[name]);
            if (now.Count != sealedDigest.Count)
                add("table", name, null, $"{name} of run {run.Id}: {now.Count} rows, {sealedDigest.Count} sealed {at}: rows were {(now.Count < sealedDigest.Count ? "deleted" : "added")}");
            else if (now.Sha256 != sealedDigest.Sha256)
                add("table", name, null, $"{name} of run {run.Id}: the rows differ from what was sealed {at} (a row was rewritten together with its row_hash)");
        }
        // The seal hashes to the digest it carries (the chain already proves the payload itself unchanged).
        var digest = new RunDigest(seal.GetProperty("document").GetString()!, seal.GetProperty("run").GetString()!, sealedTables).Digest;
        if (digest != data.GetProperty("digest").GetString())
            add("table", null, null, $"run {run.Id}: the seal in audit event {final.Sequence} does not hash to its digest");
    }
}
