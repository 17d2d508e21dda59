namespace ContractIntel.Viewer.Pages;

/// <summary>Items of two versions matched by key: added (newer only), removed (older only), changed (same key, other description) or the same.</summary>
internal sealed record VersionDiff<T>(IReadOnlyList<(string Change, (T? Item, string? Text) Older, (T? Item, string? Text) Newer)> Rows) where T : class
{
    public int Added => Rows.Count(r => r.Change == "added");
    public int Removed => Rows.Count(r => r.Change == "removed");
    public int Changed => Rows.Count(r => r.Change == "changed");
    public int Same => Rows.Count(r => r.Change == "same");
}

internal static class VersionDiff
{
    public static VersionDiff<T> Of<T, TKey>(IEnumerable<T> older, IEnumerable<T> newer, Func<T, TKey> key, Func<T, string> describe)
        where T : class where TKey : notnull
    {
        // A key can repeat (two fields of one name over the same words): pair them up in order.
        var olderByKey = older.GroupBy(key).ToDictionary(g => g.Key, g => new Queue<T>(g));
        var rows = new List<(string, (T?, string?), (T?, string?))>();
        foreach (var n in newer)
        {
            if (olderByKey.TryGetValue(key(n), out var q) && q.TryDequeue(out var o))
            {
                var (dn, dold) = (describe(n), describe(o));
                rows.Add((dn == dold ? "same" : "changed", (o, dold), (n, dn)));
            }
            else
            {
                rows.Add(("added", (null, null), (n, describe(n))));
            }
        }
        foreach (var o in olderByKey.Values.SelectMany(q => q))
            rows.Add(("removed", (o, describe(o)), (null, null)));
        return new VersionDiff<T>(rows);
    }
}
