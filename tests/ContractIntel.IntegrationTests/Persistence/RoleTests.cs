using ContractIntel.IntegrationTests.Infrastructure;
using Npgsql;

namespace ContractIntel.IntegrationTests.Persistence;

/// <summary>The roles the migrations create hold exactly the rights docs/sql.md promises, and the triggers hold for everyone.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class RoleTests(DatabaseFixture db) : IAsyncLifetime
{
    private Guid _runId;

    public async Task InitializeAsync()
    {
        await db.ResetAsync();
        var bytes = SampleResults.Bytes("roles");
        _runId = (await db.Recorder().RecordAsync(SampleResults.Request(), bytes, SampleResults.Succeeded(bytes), default)).RunId;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<PostgresException> RejectedAsync(string connectionString, string sql)
        => await Assert.ThrowsAsync<PostgresException>(() => DatabaseFixture.ExecuteAsync(connectionString, sql));

    [Theory]
    [InlineData("INSERT INTO contract_intel.documents (id, sha256, size_bytes, media_type, file_name, first_seen, row_hash) VALUES (gen_random_uuid(), 'x', 0, 't', 'f', now(), 'h')")]
    [InlineData("UPDATE contract_intel.run_clause_findings SET score = 1")]
    [InlineData("DELETE FROM contract_intel.audit_events")]
    [InlineData("TRUNCATE contract_intel.pages")]
    public async Task Auditor_CannotWrite(string sql)
    {
        var e = await RejectedAsync(db.AuditorConnectionString, sql);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, e.SqlState);
    }

    [Fact]
    public async Task Auditor_ReadsTheViewsAndTheChain()
    {
        await using var conn = new NpgsqlConnection(db.AuditorConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT (SELECT count(*) FROM contract_intel.clause_findings) + (SELECT count(*) FROM contract_intel.audit_events)", conn);
        Assert.Equal(2L + 6L, (long)(await cmd.ExecuteScalarAsync())!);
    }

    [Theory]
    [InlineData("DELETE FROM contract_intel.run_clause_findings")]
    [InlineData("UPDATE contract_intel.processing_runs SET status = 'failed'")]
    [InlineData("TRUNCATE contract_intel.audit_events")]
    [InlineData("ALTER TABLE contract_intel.run_clause_findings DISABLE TRIGGER append_only")]
    [InlineData("ALTER TABLE contract_intel.run_clause_findings ADD COLUMN note text")]
    [InlineData("CREATE TABLE contract_intel.scratch (id int)")]
    [InlineData("DROP VIEW contract_intel.latest_runs")]
    [InlineData("SELECT contract_intel.purge_document(gen_random_uuid())")]
    [InlineData("SET contract_intel.retention = 'on'; DELETE FROM contract_intel.segments")]
    public async Task Worker_CannotDeleteUpdateOrAlter(string sql)
    {
        var e = await RejectedAsync(db.WorkerConnectionString, sql);
        Assert.True(e.SqlState is PostgresErrorCodes.InsufficientPrivilege, $"{e.SqlState}: {e.MessageText}");
    }

    [Theory]
    [InlineData("UPDATE contract_intel.run_clause_findings SET score = 1")]
    [InlineData("DELETE FROM contract_intel.pages")]
    [InlineData("DELETE FROM contract_intel.audit_events")]
    [InlineData("TRUNCATE contract_intel.segments")]
    public async Task Owner_IsStoppedByTheTriggersOutsideTheRetentionPath(string sql)
    {
        var e = await RejectedAsync(db.OwnerConnectionString, sql);
        Assert.Contains("append-only", e.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worker_KeepsWritingNewRuns()
    {
        var bytes = SampleResults.Bytes("roles-2");
        var recorded = await db.Recorder().RecordAsync(SampleResults.Request(), bytes, SampleResults.Succeeded(bytes), default);
        Assert.NotEqual(_runId, recorded.RunId);
    }
}
