using ContractIntel.Data.Runs;
using ContractIntel.IntegrationTests.Infrastructure;
using ContractIntel.Viewer;
using Npgsql;

namespace ContractIntel.IntegrationTests.Viewer;

/// <summary>The viewer's pages over the real database, read through the auditor login.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class ViewerPageTests(DatabaseFixture db) : IAsyncLifetime
{
    private ViewerServer? _viewer;
    private ViewerServer Viewer => _viewer!;

    public async Task InitializeAsync()
    {
        await db.ResetAsync();
        _viewer = await ViewerServer.StartAsync(db.AuditorConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_viewer is not null) await _viewer.DisposeAsync();
    }

    private async Task<(RecordedRun V1, RecordedRun V2)> RecordTwoVersionsAsync(string marker = "viewer")
    {
        var recorder = db.Recorder();
        var bytes = SampleResults.Bytes(marker);
        var v1 = await recorder.RecordAsync(SampleResults.Request("msa-viewer.txt"), bytes, SampleResults.Succeeded(bytes), default);
        var v2 = await recorder.RecordAsync(SampleResults.Request("msa-viewer.txt"), bytes, SampleResults.Succeeded(bytes, clauseScore: 0.42f), default);
        return (v1, v2);
    }

    [Fact]
    public async Task EveryPage_RendersARecordedRun()
    {
        var (v1, v2) = await RecordTwoVersionsAsync();

        var search = await Viewer.GetPageAsync("/?q=viewer&matter=matter-7&status=succeeded");
        Assert.Contains("msa-viewer.txt", search, StringComparison.Ordinal);
        Assert.Contains("1 document(s)", search, StringComparison.Ordinal);
        Assert.Contains("0 document(s)", await Viewer.GetPageAsync("/?q=no-such-file"), StringComparison.Ordinal);
        Assert.Contains("1 document(s)", await Viewer.GetPageAsync($"/?sha256={v1.Sha256[..10]}"), StringComparison.Ordinal);
        Assert.Contains("0 document(s)", await Viewer.GetPageAsync("/?status=failed"), StringComparison.Ordinal);
        Assert.Contains("0 document(s)", await Viewer.GetPageAsync("/?from=2001-01-01&to=2001-12-31"), StringComparison.Ordinal);

        var document = await Viewer.GetPageAsync($"/documents/{v1.DocumentId}");
        Assert.Contains("Version 2", document, StringComparison.Ordinal);
        Assert.Contains("Version 1", document, StringComparison.Ordinal);
        Assert.Contains(SampleResults.ClauseModel.Sha256, document, StringComparison.Ordinal);
        Assert.Contains("0123456789abcdef0123456789abcdef01234567", document, StringComparison.Ordinal);

        var run = await Viewer.GetPageAsync($"/runs/{v1.RunId}");
        Assert.Contains("data-items=\"finding-0\"", run, StringComparison.Ordinal);
        Assert.Contains("id=\"page-2\"", run, StringComparison.Ordinal);
        var filtered = await Viewer.GetPageAsync($"/runs/{v1.RunId}?category=Governing+Law&min=0.95");
        Assert.Contains("Clause findings (1 of 2)", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain("data-items=\"finding-0\"", filtered, StringComparison.Ordinal);

        var evidence = await Viewer.GetPageAsync($"/runs/{v1.RunId}/findings/0");
        Assert.Contains("class=\"finding focus\"", evidence, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"evidence-page\">2</dd>", evidence, StringComparison.Ordinal);
        Assert.Contains(">Upon a change of control of either party, the other party may terminate this Agreement.</mark>", evidence, StringComparison.Ordinal);
        Assert.Matches("<mark class=\"[^\"]*field[^\"]* focus[^\"]*\" data-items=\"[^\"]*field-0", await Viewer.GetPageAsync($"/runs/{v1.RunId}/fields/0"));

        Assert.Contains("audit-status verified", await Viewer.GetPageAsync($"/runs/{v2.RunId}/audit"), StringComparison.Ordinal);

        var compare = await Viewer.GetPageAsync($"/documents/{v1.DocumentId}/compare?a=1&b=2");
        Assert.Contains("Clause findings: 0 added, 0 removed (version 1 to 2), 1 changed, 1 the same", compare, StringComparison.Ordinal);
        Assert.Contains("score 0.910", compare, StringComparison.Ordinal);
        Assert.Contains("score 0.420", compare, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Viewer_ConnectsAsTheAuditor_AndRefusesALoginThatCouldWrite()
    {
        var (v1, _) = await RecordTwoVersionsAsync();
        var page = await Viewer.GetPageAsync($"/runs/{v1.RunId}");
        Assert.Contains("database role contractintel_auditor", page, StringComparison.Ordinal);

        await using (var conn = new NpgsqlConnection(db.OwnerConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand(
                "SELECT array_agg(DISTINCT usename::text) FROM pg_stat_activity WHERE application_name = @app", conn);
            cmd.Parameters.AddWithValue("app", AuditorConnection.ApplicationName);
            var users = (string[])(await cmd.ExecuteScalarAsync())!;
            Assert.Equal(["contractintel_auditor"], users);
        }

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ViewerServer.StartAsync(db.WorkerConnectionString));
        Assert.Contains("'contractintel_worker' is refused", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => ViewerServer.StartAsync(db.OwnerConnectionString));
    }

    [Fact]
    public async Task AuditPage_FindingChangedByTheOwner_ShowsChangedAndNamesTheRow()
    {
        var (v1, v2) = await RecordTwoVersionsAsync();
        Assert.Contains("audit-status verified", await Viewer.GetPageAsync($"/runs/{v1.RunId}/audit"), StringComparison.Ordinal);
        await db.ExecuteAsOwnerAsync($"""
            ALTER TABLE contract_intel.run_clause_findings DISABLE TRIGGER append_only;
            UPDATE contract_intel.run_clause_findings SET score = 0.99 WHERE run_id = '{v1.RunId}' AND ordinal = 0;
            ALTER TABLE contract_intel.run_clause_findings ENABLE TRIGGER append_only;
            """);

        var audit = await Viewer.GetPageAsync($"/runs/{v1.RunId}/audit");

        Assert.Contains("audit-status changed", audit, StringComparison.Ordinal);
        Assert.Contains($"findings row ordinal=0 of run {v1.RunId} does not match its recorded hash", audit, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"changed\" data-table=\"findings\">", audit, StringComparison.Ordinal);
        Assert.Contains("&quot;score&quot;:0.99", audit, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"same\" data-table=\"pages\">", audit, StringComparison.Ordinal);
        Assert.Contains("audit-status verified", await Viewer.GetPageAsync($"/runs/{v2.RunId}/audit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileDocument_EveryDocumentStringIsEncoded_AndNothingOfItIsLogged()
    {
        const string marker = "<script>document.title='PWNED'</script><img src=x onerror=\"document.title='PWNED'\">";
        var recorder = db.Recorder();
        var bytes = SampleResults.Bytes(marker);
        var run = await recorder.RecordAsync(SampleResults.Request("<script>alert(1)</script>.txt"), bytes, SampleResults.Succeeded(bytes), default);

        var pages = new[]
        {
            "/?q=" + Uri.EscapeDataString("<script>"), $"/documents/{run.DocumentId}", $"/runs/{run.RunId}",
            $"/runs/{run.RunId}/findings/0", $"/runs/{run.RunId}/audit", $"/documents/{run.DocumentId}/compare",
        };
        foreach (var path in pages)
        {
            var html = await Viewer.GetPageAsync(path);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        }
        Assert.Contains("&lt;img src=x onerror=&quot;document.title=&#x27;PWNED&#x27;&quot;&gt;", await Viewer.GetPageAsync($"/runs/{run.RunId}"), StringComparison.Ordinal);

        Assert.NotEmpty(Viewer.Logs);
        Assert.DoesNotContain(Viewer.Logs, l => l.Contains("PWNED", StringComparison.Ordinal) || l.Contains("MASTER SERVICES", StringComparison.Ordinal)
            || l.Contains("<script>", StringComparison.Ordinal) || l.Contains("%3Cscript", StringComparison.OrdinalIgnoreCase));
    }
}
