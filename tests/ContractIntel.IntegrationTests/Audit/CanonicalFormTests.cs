using System.Text.Json.Nodes;
using ContractIntel.Data.Audit;
using ContractIntel.IntegrationTests.Infrastructure;
using Npgsql;

namespace ContractIntel.IntegrationTests.Audit;

/// <summary>
/// The canonical form is documented as "strings escaped as PostgreSQL's to_json does", so that SQL (the retention
/// function, an auditor's own script) can produce and check the same bytes. These tests hold the C# writer to it.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class CanonicalFormTests(DatabaseFixture db) : DatabaseTest(db)
{
    [Theory]
    [InlineData("plain")]
    [InlineData("quote \" and backslash \\ and slash /")]
    [InlineData("line\nfeed\rreturn\ttab\bback\fform")]
    [InlineData("control \u0001 \u001f \u007f")]
    [InlineData("Zürich — “Company” 株式会社 😀")]
    public async Task Strings_AreEscapedExactlyAsPostgresToJson(string value)
    {
        await using var conn = new NpgsqlConnection(Db.AuditorConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT to_json($1::text)::text", conn) { Parameters = { new() { Value = value } } };
        var postgres = (string)(await cmd.ExecuteScalarAsync())!;

        Assert.Equal(postgres, CanonicalJson.Serialize(value));
    }

    [Fact]
    public void Objects_SortKeysByOrdinalAndFormatScalarsOneWay()
    {
        var json = new CanonicalJson()
            .Add("b", 1).Add("a", new CanonicalJson().Add("z", (string?)null).Add("Z", true))
            .Add("t", new DateTimeOffset(2026, 12, 1, 10, 0, 0, 123, TimeSpan.FromHours(2)).AddTicks(4567))
            .Add("f", 0.1f).Add("d", 1e-7).Add("g", Guid.Parse("0196A1B2-0000-7000-8000-000000000001"))
            .Add("list", new[] { 3L, 2L })
            .ToString();

        Assert.Equal("{\"a\":{\"Z\":true,\"z\":null},\"b\":1,\"d\":1E-07,\"f\":0.1,\"g\":\"0196a1b2-0000-7000-8000-000000000001\",\"list\":[3,2],\"t\":\"2026-12-01T08:00:00.123456Z\"}", json);
    }

    [Fact]
    public async Task PurgeEvent_WrittenInSql_IsInTheCanonicalForm()
    {
        var bytes = SampleResults.Bytes("canonical-purge");
        var run = await Db.Recorder().RecordAsync(SampleResults.Request(), bytes, SampleResults.Succeeded(bytes), default);
        await Db.ExecuteAsOwnerAsync($"SELECT contract_intel.purge_document('{run.DocumentId}')");

        await using var read = Db.Auditor();
        var purge = read.AuditEvents.Single(e => e.Stage == AuditStages.Purged);
        var node = JsonNode.Parse(purge.Payload)!;
        var rebuilt = new CanonicalJson()
            .Add("data", new CanonicalJson().Add("rows_deleted", (long)node["data"]!["rows_deleted"]!).Add("runs", (int)node["data"]!["runs"]!))
            .Add("document_id", run.DocumentId).Add("occurred_at", purge.OccurredAt).Add("run_id", null)
            .Add("sequence", purge.Sequence).Add("stage", "purged");

        Assert.Equal(rebuilt.ToString(), purge.Payload);
        Assert.Equal(2 + 4 + 2 + 2 + 1 + 1, (long)node["data"]!["rows_deleted"]!);
    }
}
