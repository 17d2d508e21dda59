using System.Text;
using ContractIntel.Data.Audit;
using ContractIntel.IntegrationTests.Infrastructure;
using ContractIntel.Commands;

namespace ContractIntel.IntegrationTests.Viewer;

/// <summary>The audit pack the viewer exports, checked offline by <c>contractintel audit verify --pack</c>.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class AuditPackTests(DatabaseFixture db) : IAsyncLifetime
{
    private ViewerServer? _viewer;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "contractintel-pack-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        await db.ResetAsync();
        Directory.CreateDirectory(_folder);
        _viewer = await ViewerServer.StartAsync(db.AuditorConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_viewer is not null) await _viewer.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<byte[]> ExportAsync()
    {
        var recorder = db.Recorder();
        var bytes = SampleResults.Bytes("pack");
        await recorder.RecordAsync(SampleResults.Request("other.txt"), SampleResults.Bytes("other"), SampleResults.Succeeded(SampleResults.Bytes("other")), default);
        var run = await recorder.RecordAsync(SampleResults.Request("pack.txt"), bytes, SampleResults.Succeeded(bytes), default);
        using var response = await _viewer!.Client.GetAsync($"/runs/{run.RunId}/pack");
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<int> VerifyFileAsync(byte[] pack)
    {
        var file = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllBytesAsync(file, pack);
        return await Cli.RunAsync(["audit", "verify", "--pack", file]);
    }

    /// <summary>
    /// The pack with one byte changed in table <paramref name="table"/>'s rows, inside the first occurrence of
    /// <paramref name="inside"/> there, <paramref name="offset"/> into it: a digit becomes another digit, anything else x (or y).
    /// </summary>
    private static byte[] OneByteChanged(byte[] pack, string table, string inside, int offset)
    {
        var text = Encoding.UTF8.GetString(pack);
        var rows = text.IndexOf("\"rows\": {", StringComparison.Ordinal);
        var at = text.IndexOf(inside, text.IndexOf($"\"{table}\": [", rows, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(rows >= 0 && at >= 0, $"'{inside}' is not in the {table} rows of the pack");
        var changed = (byte[])pack.Clone();
        var index = Encoding.UTF8.GetByteCount(text.AsSpan(0, at + offset));
        var b = changed[index];
        changed[index] = b is >= (byte)'0' and <= (byte)'9' ? (byte)('0' + ((b - '0' + 1) % 10)) : b == (byte)'x' ? (byte)'y' : (byte)'x';
        return changed;
    }

    [Fact]
    public async Task Pack_VerifiesOffline()
    {
        var pack = await ExportAsync();

        var report = AuditPackVerifier.Verify(pack);

        Assert.True(report.Intact, string.Join("\n", report.Problems));
        Assert.Equal(6, report.Events);
        Assert.Equal(2 + 2 + 2 + 4 + 2 + 2 + 1 + 1, report.Rows);
        Assert.Equal(0, await VerifyFileAsync(pack));
    }

    [Theory]
    [InlineData("findings", "\"text\":\"Upon a change of control", 12, "findings row ordinal=0")]
    [InlineData("findings", "\"score\":0.91", 11, "findings row ordinal=0")]
    [InlineData("pages", "\"text\":\"MASTER SERVICES AGREEMENT pack", 10, "pages row page_number=1")]
    [InlineData("processing_runs", "\"submitted_by\":\"tests@contractintel\"", 17, "processing_runs row id=")]
    [InlineData("fields", "\"value\":\"New York\"", 10, "fields row ordinal=0")]
    [InlineData("run_models", "\"sha256\":\"aaaa", 12, "run_models row ordinal=0")]
    public async Task Pack_WithOneByteOfARowChanged_FailsAndNamesTheRow(string table, string inside, int offset, string named)
    {
        var pack = await ExportAsync();

        var changed = OneByteChanged(pack, table, inside, offset);
        var report = AuditPackVerifier.Verify(changed);

        Assert.False(report.Intact);
        Assert.Contains(report.Problems, p => p.StartsWith(named, StringComparison.Ordinal));
        Assert.Equal(1, await VerifyFileAsync(changed));
    }

    [Fact]
    public async Task Pack_RowChangedTogetherWithItsRowHash_FailsOnTheSeal()
    {
        var pack = Encoding.UTF8.GetString(await ExportAsync());
        var at = pack.IndexOf("\"score\":0.91", StringComparison.Ordinal);
        var rowStart = pack.LastIndexOf("\"row\":", at, StringComparison.Ordinal) + "\"row\":".Length;
        var rowEnd = pack.IndexOf('\n', rowStart);
        var row = pack[rowStart..rowEnd].Trim();
        rowStart = pack.IndexOf(row, rowStart, StringComparison.Ordinal);
        rowEnd = rowStart + row.Length;
        var forged = row.Replace("\"score\":0.91", "\"score\":0.11", StringComparison.Ordinal);
        var hashAt = pack.LastIndexOf("\"row_hash\": \"", at, StringComparison.Ordinal) + "\"row_hash\": \"".Length;
        var oldHash = pack.Substring(hashAt, 64);
        var edited = pack[..rowStart] + forged + pack[rowEnd..];
        edited = edited[..hashAt] + AuditHasher.Sha256(forged) + edited[(hashAt + 64)..];
        Assert.NotEqual(oldHash, AuditHasher.Sha256(forged));

        var report = AuditPackVerifier.Verify(Encoding.UTF8.GetBytes(edited));

        Assert.False(report.Intact);
        Assert.Contains(report.Problems, p => p.StartsWith("findings: the rows differ from what audit event", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Problems, p => p.StartsWith("findings row", StringComparison.Ordinal));
    }
}
