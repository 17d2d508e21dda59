using System.Text.Json;

namespace ContractIntel.Data.Audit;

/// <summary>One stored row to check: its key for people (<c>ordinal=3</c>), its canonical text and the row hash stored beside it.</summary>
public sealed record SealedRow(string Key, string Canonical, string StoredHash);

/// <summary>One table of a run now, against the seal: counts and digests, and the rows whose own hash no longer matches.</summary>
public sealed record TableComparison(string Table, int SealedCount, string SealedSha256, int Count, string Sha256, IReadOnlyList<string> ChangedRows)
{
    public bool Matches => SealedCount == Count && SealedSha256 == Sha256 && ChangedRows.Count == 0;
}

/// <summary>
/// Recomputes a run's row hashes and table digests and sets them against the seal its final event carries. Used
/// by the viewer's audit page (rows from the database) and by <c>audit verify --pack</c> (rows from the pack).
/// </summary>
public static class SealComparison
{
    /// <param name="seal">The <c>data.seal</c> object of the run's committed or failed event.</param>
    /// <param name="tables">Rows per table in canonical order: <c>documents</c>, <c>processing_runs</c> and every <see cref="RunDigest.TableNames"/>.</param>
    public static IReadOnlyList<TableComparison> Compare(JsonElement seal, IReadOnlyDictionary<string, IReadOnlyList<SealedRow>> tables)
    {
        var result = new List<TableComparison>();
        foreach (var (table, sealedKey) in new[] { ("documents", "document"), ("processing_runs", "run") })
        {
            var rows = tables.GetValueOrDefault(table) ?? [];
            var sealedHash = seal.GetProperty(sealedKey).GetString() ?? "";
            var hashes = rows.Select(r => AuditHasher.Sha256(r.Canonical)).ToList();
            result.Add(new TableComparison(table, 1, sealedHash, rows.Count, hashes.Count == 1 ? hashes[0] : "", Changed(rows, hashes)));
        }
        var sealedTables = seal.GetProperty("tables");
        foreach (var table in RunDigest.TableNames)
        {
            var rows = tables.GetValueOrDefault(table) ?? [];
            var hashes = rows.Select(r => AuditHasher.Sha256(r.Canonical)).ToList();
            var now = TableDigest.Of(hashes);
            var s = sealedTables.GetProperty(table);
            result.Add(new TableComparison(table, s.GetProperty("count").GetInt32(), s.GetProperty("sha256").GetString() ?? "",
                now.Count, now.Sha256, Changed(rows, hashes)));
        }
        return result;
    }

    /// <summary>The digest the seal's own contents hash to; the event carries it as <c>data.digest</c>.</summary>
    public static string Digest(JsonElement seal) => AuditHasher.Sha256(CanonicalReader.Canonical(seal));

    /// <summary>A row's key for people, from its canonical columns.</summary>
    public static string KeyOf(JsonElement row)
    {
        foreach (var name in new[] { "ordinal", "page_number", "segment_index" })
            if (row.TryGetProperty(name, out var v)) return $"{name}={v.GetRawText()}";
        return row.TryGetProperty("id", out var id) ? $"id={id.GetString()}" : $"run_id={row.GetProperty("run_id").GetString()}";
    }

    private static List<string> Changed(IReadOnlyList<SealedRow> rows, List<string> hashes)
        => rows.Where((r, i) => hashes[i] != r.StoredHash).Select(r => r.Key).ToList();
}
