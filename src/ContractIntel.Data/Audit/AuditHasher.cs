using System.Security.Cryptography;
using System.Text;

namespace ContractIntel.Data.Audit;

/// <summary>
/// The hashes of the evidence chain. Every hash is lower-case hex sha256 over UTF-8. A link is
/// <c>sha256(prev_hash_hex || payload)</c>; the first link's prev_hash is 64 zeros. A table digest is sha256 over
/// its rows' hashes in canonical order, each followed by a line feed.
/// </summary>
public static class AuditHasher
{
    public static readonly string Genesis = new('0', 64);

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Link(string prevHash, string payload) => Sha256(prevHash + payload);

    public static string Row(CanonicalJson row) => Sha256(row.ToString());

    public static string Table(IEnumerable<string> rowHashes)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> line = stackalloc byte[65];
        foreach (var h in rowHashes)
        {
            if (Encoding.ASCII.GetBytes(h, line) != 64) throw new ArgumentException("A row hash is 64 hex characters.", nameof(rowHashes));
            line[64] = (byte)'\n';
            sha.AppendData(line);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
