using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ContractIntel.Data.Audit;

/// <summary>
/// The chain head written down outside the database (a file, a ticket, an email): if the events up to
/// <see cref="Sequence"/> still hash to <see cref="Hash"/>, nothing before it was changed, even by a superuser
/// who rewrote the whole chain consistently. One JSON object per line in a checkpoint file. Signed
/// (<see cref="Signature"/>: ECDSA P-256 over the line without it) with a key kept outside the database, a
/// checkpoint file cannot be rewritten to match a rewritten chain by whoever holds only database passwords.
/// </summary>
public sealed record AuditCheckpoint(long Sequence, string Hash, DateTimeOffset? OccurredAt, DateTimeOffset TakenAt, string? Signature = null)
{
    /// <summary>The signed text: the canonical line without the signature.</summary>
    public string SignedText => new CanonicalJson()
        .Add("sequence", Sequence).Add("hash", Hash).Add("occurred_at", OccurredAt).Add("taken_at", TakenAt).ToString();

    public string ToJsonLine() => Signature is null ? SignedText : new CanonicalJson()
        .Add("sequence", Sequence).Add("hash", Hash).Add("occurred_at", OccurredAt).Add("taken_at", TakenAt).Add("signature", Signature).ToString();

    public AuditCheckpoint SignWith(ECDsa key) =>
        this with { Signature = Convert.ToBase64String(key.SignData(Encoding.UTF8.GetBytes(SignedText), HashAlgorithmName.SHA256)) };

    public bool SignatureValid(ECDsa publicKey)
    {
        if (Signature is null) return false;
        try
        {
            return publicKey.VerifyData(Encoding.UTF8.GetBytes(SignedText), Convert.FromBase64String(Signature), HashAlgorithmName.SHA256);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static AuditCheckpoint Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var occurred = root.TryGetProperty("occurred_at", out var o) && o.ValueKind == JsonValueKind.String
            ? DateTimeOffset.Parse(o.GetString()!, CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        var signature = root.TryGetProperty("signature", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        return new AuditCheckpoint(root.GetProperty("sequence").GetInt64(), root.GetProperty("hash").GetString()!, occurred,
            DateTimeOffset.Parse(root.GetProperty("taken_at").GetString()!, CultureInfo.InvariantCulture), signature);
    }

    public static IReadOnlyList<AuditCheckpoint> ReadFile(string path)
        => File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Select(Parse).ToList();

    /// <summary>A PEM key file (private or public; openssl's EC and PKCS#8/SPKI forms).</summary>
    public static ECDsa LoadKey(string pemPath)
    {
        var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(pemPath));
        return key;
    }
}
