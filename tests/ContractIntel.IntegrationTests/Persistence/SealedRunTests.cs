using ContractIntel.IntegrationTests.Infrastructure;
using Npgsql;

namespace ContractIntel.IntegrationTests.Persistence;

/// <summary>Once its final audit event seals a run, nobody (the worker included) can add rows or events to it.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class SealedRunTests(DatabaseFixture db) : IAsyncLifetime
{
    private Guid _runId;
    private Guid _documentId;

    public async Task InitializeAsync()
    {
        await db.ResetAsync();
        var bytes = SampleResults.Bytes("sealed");
        var run = await db.Recorder().RecordAsync(SampleResults.Request(), bytes, SampleResults.Succeeded(bytes), default);
        (_runId, _documentId) = (run.RunId, run.DocumentId);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Worker_InsertIntoASealedRun_IsRejected()
    {
        var forged = $"""
            INSERT INTO contract_intel.run_clause_findings (run_id, ordinal, category, segment_index, page_number, start_offset, end_offset, text, score, model, model_version, row_hash)
            SELECT run_id, 99, category, segment_index, page_number, start_offset, end_offset, text, 0.99, model, model_version, row_hash
            FROM contract_intel.run_clause_findings WHERE run_id = '{_runId}' LIMIT 1
            """;

        var e = await Assert.ThrowsAsync<PostgresException>(() => DatabaseFixture.ExecuteAsync(db.WorkerConnectionString, forged));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, e.SqlState);
        Assert.Contains("sealed", e.MessageText, StringComparison.Ordinal);
        await using var read = db.Auditor();
        Assert.True((await new Data.Audit.AuditVerifier(read).VerifyAsync(Data.Audit.VerifyScope.All, [], default)).Intact);
    }

    [Fact]
    public async Task Worker_EventAfterTheSeal_IsRejected()
    {
        var forged = $"""
            INSERT INTO contract_intel.audit_events (sequence, run_id, document_id, stage, occurred_at, payload, prev_hash, hash)
            SELECT sequence + 1, run_id, document_id, 'fields', occurred_at, payload, hash, repeat('a', 64)
            FROM contract_intel.audit_events WHERE run_id = '{_runId}' ORDER BY sequence DESC LIMIT 1
            """;

        var e = await Assert.ThrowsAsync<PostgresException>(() => DatabaseFixture.ExecuteAsync(db.WorkerConnectionString, forged));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, e.SqlState);
    }

    [Fact]
    public async Task Recorder_NewRunOfTheSameDocument_IsStillAccepted()
    {
        var bytes = SampleResults.Bytes("sealed");

        var second = await db.Recorder().RecordAsync(SampleResults.Request(), bytes, SampleResults.Succeeded(bytes), default);

        Assert.Equal((_documentId, 2), (second.DocumentId, second.Version));
    }
}
