namespace ContractIntel.Data.Audit;

public sealed record TableDigest(int Count, string Sha256)
{
    public static TableDigest Of(IReadOnlyCollection<string> rowHashes) => new(rowHashes.Count, AuditHasher.Table(rowHashes));
}
