using System.Text.Json;
using ContractIntel.Data.Audit;

namespace ContractIntel.Tests.Viewer;

public sealed class CanonicalReaderTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public void Canonical_OfAReformattedCanonicalRow_IsTheSameText_AndOneChangedDigitIsNot()
    {
        var row = new CanonicalJson().Add("text", "Line\n\"quoted\" \\ é \u0001 <script>").Add("score", 0.91f).Add("ordinal", 3)
            .Add("when", new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero)).Add("none", null).Add("list", new[] { 1, 2 }).ToString();
        using var indented = JsonDocument.Parse(JsonSerializer.Serialize(JsonDocument.Parse(row).RootElement, Indented));

        Assert.Equal(row, CanonicalReader.Canonical(indented.RootElement));
        using var changed = JsonDocument.Parse(row.Replace("0.91", "0.92", StringComparison.Ordinal));
        Assert.NotEqual(AuditHasher.Sha256(row), AuditHasher.Sha256(CanonicalReader.Canonical(changed.RootElement)));
    }
}
