using System.Text.Json;

namespace ContractIntel.Data.Audit;

/// <summary>What <c>audit verify --pack</c> found: intact means every check held.</summary>
public sealed record PackReport(Guid? RunId, long? SealSequence, string? SealHash, int Rows, int Events, IReadOnlyList<string> Problems)
{
    public bool Intact => Problems.Count == 0;
}

/// <summary>
/// Checks an audit pack offline, with nothing but the file: each event's hash recomputed from its payload and
/// linked to the one before; the final event's seal hashing to its digest; every row's hash recomputed from its
/// canonical form, and each table's count and digest against the seal; each evidence entry equal to its row.
/// What it cannot show offline is that the sealing event is still in the live chain: compare its sequence and
/// hash with <c>audit verify</c> or a checkpoint.
/// </summary>
public static class AuditPackVerifier
{
    public static PackReport Verify(ReadOnlyMemory<byte> pack)
    {
        var problems = new List<string>();
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(pack);
        }
        catch (JsonException e)
        {
            return new PackReport(null, null, null, 0, 0, [$"the pack is not well-formed JSON: {e.Message}"]);
        }
        using (doc)
        {
            try
            {
                return Check(doc.RootElement, problems);
            }
            catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
            {
                problems.Add($"the pack is not a well-formed audit pack: {e.Message}");
                return new PackReport(null, null, null, 0, 0, problems);
            }
        }
    }

    private static PackReport Check(JsonElement root, List<string> problems)
    {
        if (root.GetProperty("format").GetString() != AuditPack.Format || root.GetProperty("pack_version").GetString() != AuditPack.Version)
            problems.Add($"not a {AuditPack.Format} version {AuditPack.Version}");
        var runId = root.GetProperty("run_id").GetGuid();

        var events = root.GetProperty("events").EnumerateArray().ToList();
        JsonElement? seal = null;
        string? digest = null;
        long? sealSequence = null;
        string? sealHash = null;
        string? previous = null;
        long previousSequence = 0;
        foreach (var e in events)
        {
            var sequence = e.GetProperty("sequence").GetInt64();
            var payloadElement = e.GetProperty("payload");
            var payload = CanonicalReader.Canonical(payloadElement);
            var prev = e.GetProperty("prev_hash").GetString()!;
            var hash = e.GetProperty("hash").GetString()!;
            if (AuditHasher.Link(prev, payload) != hash)
                problems.Add($"audit event {sequence}: hash {hash} does not match its payload");
            // A run's events are appended together under the chain lock: consecutive sequences, each linked to the last.
            if (previous is not null && (prev != previous || sequence != previousSequence + 1))
                problems.Add($"audit event {sequence} does not follow event {previousSequence}");
            if (payloadElement.GetProperty("sequence").GetInt64() != sequence || payloadElement.GetProperty("stage").GetString() != e.GetProperty("stage").GetString()
                || payloadElement.GetProperty("run_id").GetString() != runId.ToString("D"))
                problems.Add($"audit event {sequence}: its sequence, stage or run differ from its hashed payload");
            if (AuditStages.IsFinal(payloadElement.GetProperty("stage").GetString()!))
            {
                seal = payloadElement.GetProperty("data").GetProperty("seal");
                digest = payloadElement.GetProperty("data").GetProperty("digest").GetString();
                sealSequence = sequence;
                sealHash = hash;
            }
            previous = hash;
            previousSequence = sequence;
        }
        if (seal is not { } s)
        {
            problems.Add($"the pack has no committed or failed event for run {runId}");
            return new PackReport(runId, null, null, 0, events.Count, problems);
        }
        if (SealComparison.Digest(s) != digest)
            problems.Add($"the seal in audit event {sealSequence} does not hash to its digest");

        var rows = ReadRows(root.GetProperty("rows"));
        foreach (var t in SealComparison.Compare(s, rows.ToDictionary(r => r.Key, r => (IReadOnlyList<SealedRow>)r.Value.Select(x => x.Sealed).ToList())))
        {
            foreach (var key in t.ChangedRows)
                problems.Add($"{t.Table} row {key} does not match its recorded row hash: it was changed");
            if (t.Count != t.SealedCount)
                problems.Add($"{t.Table}: {t.Count} rows, {t.SealedCount} sealed by audit event {sealSequence}");
            else if (t.Sha256 != t.SealedSha256)
                problems.Add($"{t.Table}: the rows differ from what audit event {sealSequence} sealed");
        }
        foreach (var row in rows.SelectMany(r => r.Value))
        {
            if (row.Row.TryGetProperty("run_id", out var r) && r.GetString() != runId.ToString("D"))
                problems.Add($"a row of another run ({r.GetString()}) is in the pack");
        }
        CheckEvidence(root.GetProperty("evidence"), rows, problems);
        return new PackReport(runId, sealSequence, sealHash, rows.Sum(r => r.Value.Count), events.Count, problems);
    }

    private static Dictionary<string, List<(SealedRow Sealed, JsonElement Row)>> ReadRows(JsonElement tables)
    {
        var result = new Dictionary<string, List<(SealedRow, JsonElement)>>(StringComparer.Ordinal);
        foreach (var table in tables.EnumerateObject())
        {
            result[table.Name] = table.Value.EnumerateArray().Select(r =>
            {
                var row = r.GetProperty("row");
                return (new SealedRow(SealComparison.KeyOf(row), CanonicalReader.Canonical(row), r.GetProperty("row_hash").GetString()!), row);
            }).ToList();
        }
        return result;
    }

    /// <summary>The evidence list is for reading; each entry must say exactly what its (hashed) row says.</summary>
    private static void CheckEvidence(JsonElement evidence, Dictionary<string, List<(SealedRow Sealed, JsonElement Row)>> rows, List<string> problems)
    {
        foreach (var e in evidence.EnumerateArray())
        {
            var kind = e.GetProperty("kind").GetString();
            var ordinal = e.GetProperty("ordinal").GetInt32();
            var (table, label, text, score, model, version) = kind == "finding"
                ? ("findings", "category", "text", "score", "model", "model_version")
                : ("fields", "name", "raw", "confidence", "extractor", "extractor_version");
            var match = rows.GetValueOrDefault(table)?.Select(r => r.Row).Where(r => r.GetProperty("ordinal").GetInt32() == ordinal).ToList() ?? [];
            if (match.Count != 1)
            {
                problems.Add($"evidence {kind} {ordinal} has no row in {table}");
                continue;
            }
            var row = match[0];
            var same = e.GetProperty("label").GetString() == row.GetProperty(label).GetString()
                && e.GetProperty("page").GetInt32() == row.GetProperty("page_number").GetInt32()
                && e.GetProperty("start").GetInt32() == row.GetProperty("start_offset").GetInt32()
                && e.GetProperty("end").GetInt32() == row.GetProperty("end_offset").GetInt32()
                && e.GetProperty("text").GetString() == row.GetProperty(text).GetString()
                && e.GetProperty("score").GetRawText() == row.GetProperty(score).GetRawText()
                && e.GetProperty("model").GetString() == row.GetProperty(model).GetString()
                && e.GetProperty("model_version").GetString() == row.GetProperty(version).GetString();
            if (!same)
                problems.Add($"evidence {kind} {ordinal} differs from its row in {table}");
        }
    }
}
