using System.Globalization;
using System.Text.Json;

namespace ContractIntel.Data.Audit;

/// <summary>
/// The chain head written down outside the database (a file, a ticket, an email): if the events up to
/// <see cref="Sequence"/> still hash to <see cref="Hash"/>, nothing before it was changed, even by a superuser
/// who rewrote the whole chain consistently. One JSON object per line in a checkpoint file.
/// </summary>
public sealed record AuditCheckpoint(long Sequence, string Hash, DateTimeOffset? OccurredAt, DateTimeOffset TakenAt)
{
    public string ToJsonLine() => new CanonicalJson()
        .Add("sequence", Sequence).Add("hash", Hash).Add("occurred_at", OccurredAt).Add("taken_at", TakenAt).ToString();

    public static AuditCheckpoint Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var occurred = root.TryGetProperty("occurred_at", out var o) && o.ValueKind == JsonValueKind.String
            ? DateTimeOffset.Parse(o.GetString()!, CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        return new AuditCheckpoint(root.GetProperty("sequence").GetInt64(), root.GetProperty("hash").GetString()!, occurred,
            DateTimeOffset.Parse(root.GetProperty("taken_at").GetString()!, CultureInfo.InvariantCulture));
    }

    public static IReadOnlyList<AuditCheckpoint> ReadFile(string path)
        => File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Select(Parse).ToList();
}
