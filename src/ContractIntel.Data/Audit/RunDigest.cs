namespace ContractIntel.Data.Audit;

/// <summary>
/// The seal a run's committed (or failed) event carries: per result table its row count and the digest of its
/// row hashes in canonical order (pages by number, segments by index, the rest by ordinal), plus the run and
/// document row hashes. <see cref="Digest"/> is the sha256 of all of that, canonical.
/// </summary>
public sealed record RunDigest(string Document, string Run, IReadOnlyDictionary<string, TableDigest> Tables)
{
    public const string Version = "1";

    public static readonly IReadOnlyList<string> TableNames = AuditedTables.Results.Select(t => t.Key).ToList();

    public string Digest => AuditHasher.Sha256(ToCanonical().ToString());

    public CanonicalJson ToCanonical()
    {
        var tables = new CanonicalJson();
        foreach (var name in TableNames)
        {
            var t = Tables[name];
            tables.Add(name, new CanonicalJson().Add("count", t.Count).Add("sha256", t.Sha256));
        }
        return new CanonicalJson().Add("digest_version", Version).Add("document", Document).Add("run", Run).Add("tables", tables);
    }
}
