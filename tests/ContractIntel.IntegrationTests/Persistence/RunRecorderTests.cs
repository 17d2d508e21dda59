using ContractIntel.Data.Runs;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Pipeline;
using ContractIntel.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ContractIntel.IntegrationTests.Persistence;

[Collection(DatabaseCollection.Name)]
public sealed class RunRecorderTests(DatabaseFixture db) : DatabaseTest(db)
{
    [Fact]
    public async Task Migrations_AreAllApplied_AndTheModelHasNoPendingChanges()
    {
        await using var owner = Db.Owner();
        Assert.Empty(await owner.Database.GetPendingMigrationsAsync());
        Assert.False(owner.Database.HasPendingModelChanges(), "The model differs from the last migration: add one.");
    }

    [Fact]
    public async Task Record_StoresStatusKindAndPrecisionAsTheirCodes()
    {
        var recorder = Db.Recorder();
        var contract = SampleResults.Bytes("codes");
        await recorder.RecordAsync(SampleResults.Request(), contract, SampleResults.Succeeded(contract), default);
        var broken = "%PDF-1.5 codes"u8.ToArray();
        await recorder.RecordAsync(SampleResults.Request(), broken, SampleResults.Failed(broken, FailureReason.Corrupt, "no xref"), default);

        await using var conn = new NpgsqlConnection(Db.AuditorConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("""
            SELECT string_agg(status || ' ' || requested_kind || ' ' || kind, '; ' ORDER BY recorded_at) FROM contract_intel.processing_runs
            UNION ALL SELECT string_agg(DISTINCT precision, '; ') FROM contract_intel.run_models
            """, conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        Assert.Equal(["succeeded contract contract; failed contract auto", "int8"], rows);
    }

    [Fact]
    public async Task Record_SucceededRun_StoresDocumentRunPagesSegmentsAndResults()
    {
        var bytes = SampleResults.Bytes("A");
        var result = SampleResults.Succeeded(bytes);

        var recorded = await Db.Recorder().RecordAsync(SampleResults.Request(), bytes, result, default);

        Assert.Equal((1, RunStatus.Succeeded, false), (recorded.Version, recorded.Status, recorded.Redelivered));
        Assert.Equal((2, 4, 2, 2, 1), (recorded.Pages, recorded.Segments, recorded.Clauses, recorded.Fields, recorded.Sentences));
        await using var read = Db.Auditor();
        var document = await read.Documents.SingleAsync();
        Assert.Equal(result.Sha256, document.Sha256);
        Assert.Equal(bytes, document.Content);
        var run = await read.Runs.SingleAsync();
        Assert.Equal((document.Id, "0123456789abcdef0123456789abcdef01234567", "cpu"), (run.DocumentId, run.GitCommit, run.Device));
        Assert.Contains("\"clauses\"", run.Timings, StringComparison.Ordinal);
        var pages = await read.Pages.OrderBy(p => p.PageNumber).ToListAsync();
        Assert.Equal(result.Document!.Text, string.Concat(pages.Select(p => p.Text)));
        var segments = await read.Segments.OrderBy(s => s.SegmentIndex).ToListAsync();
        Assert.All(segments, s => Assert.Equal(result.Document.Text[s.StartOffset..s.EndOffset], s.Text));
        Assert.Equal(["section", "paragraph", "sentence", "sentence"], segments.Select(s => s.Kind));
        Assert.Equal(["cuad-minilm", "phrasebank-minilm"], await read.RunModels.OrderBy(m => m.Ordinal).Select(m => m.Name).ToListAsync());
        Assert.Equal(0.91f, (await read.ClauseFindings.SingleAsync(c => c.Category == "Change Of Control")).Score);
        Assert.Equal(["received", "read", "segmented", "inferred", "fields", "committed"],
            await read.AuditEvents.OrderBy(e => e.Sequence).Select(e => e.Stage).ToListAsync());
    }

    [Fact]
    public async Task Record_SameMessageTwice_WritesOneRunAndReturnsTheFirstRecording()
    {
        var bytes = SampleResults.Bytes("B");
        var request = SampleResults.Request();
        var recorder = Db.Recorder();

        var first = await recorder.RecordAsync(request, bytes, SampleResults.Succeeded(bytes), default);
        var again = await recorder.RecordAsync(request, bytes, SampleResults.Succeeded(bytes, clauseScore: 0.5f), default);

        Assert.False(first.Redelivered);
        Assert.True(again.Redelivered);
        Assert.Equal(first with { Redelivered = true }, again);
        await using var read = Db.Auditor();
        Assert.Equal(1, await read.Runs.CountAsync());
        Assert.Equal(6, await read.AuditEvents.CountAsync());
        Assert.Equal(first, (await recorder.FindByMessageAsync(request.MessageId, default))! with { Redelivered = false });
        Assert.Null(await recorder.FindByMessageAsync(Guid.NewGuid(), default));
    }

    [Fact]
    public async Task Record_SameMessageTwiceAtOnce_WritesOneRun()
    {
        var bytes = SampleResults.Bytes("C");
        var request = SampleResults.Request();

        var both = await Task.WhenAll(
            Task.Run(() => Db.Recorder().RecordAsync(request, bytes, SampleResults.Succeeded(bytes), default)),
            Task.Run(() => Db.Recorder().RecordAsync(request, bytes, SampleResults.Succeeded(bytes), default)));

        Assert.Single(both, r => !r.Redelivered);
        Assert.Equal(both[0].RunId, both[1].RunId);
        await using var read = Db.Auditor();
        Assert.Equal(1, await read.Runs.CountAsync());
    }

    [Fact]
    public async Task Record_SameBytesUnderANewMessage_AddsVersion2OfTheSameDocumentAndKeepsVersion1()
    {
        var bytes = SampleResults.Bytes("D");
        var recorder = Db.Recorder();
        var v1 = await recorder.RecordAsync(SampleResults.Request(), bytes, SampleResults.Succeeded(bytes), default);
        await using var before = Db.Auditor();
        var v1Findings = await before.ClauseFindings.AsNoTracking().Where(c => c.RunId == v1.RunId).OrderBy(c => c.Ordinal)
            .Select(c => new { c.Category, c.Score, c.RowHash }).ToListAsync();

        var v2 = await recorder.RecordAsync(SampleResults.Request(reprocessOf: v1.DocumentId), bytes, SampleResults.Succeeded(bytes, clauseScore: 0.42f), default);

        Assert.Equal((v1.DocumentId, 2), (v2.DocumentId, v2.Version));
        await using var after = Db.Auditor();
        Assert.Equal(1, await after.Documents.CountAsync());
        Assert.Equal([1, 2], await after.Runs.OrderBy(r => r.Version).Select(r => r.Version).ToListAsync());
        var v1FindingsAfter = await after.ClauseFindings.AsNoTracking().Where(c => c.RunId == v1.RunId).OrderBy(c => c.Ordinal)
            .Select(c => new { c.Category, c.Score, c.RowHash }).ToListAsync();
        Assert.Equal(v1Findings, v1FindingsAfter);
        Assert.Equal(0.42f, (await after.ClauseFindings.SingleAsync(c => c.RunId == v2.RunId && c.Category == "Change Of Control")).Score);
        Assert.Equal(v1.DocumentId, (await after.Runs.SingleAsync(r => r.Id == v2.RunId)).ReprocessOf);
    }

    [Fact]
    public async Task Record_FailedResult_RecordsAFailedRunWithReasonAndTheDocument()
    {
        var bytes = "%PDF-1.7 encrypted"u8.ToArray();
        var recorded = await Db.Recorder().RecordAsync(SampleResults.Request("broken.pdf"), bytes,
            SampleResults.Failed(bytes, FailureReason.Encrypted, "The PDF is encrypted."), default);

        Assert.Equal((RunStatus.Failed, "encrypted", "The PDF is encrypted.", 1), (recorded.Status, recorded.ReasonCode, recorded.ReasonMessage, recorded.Version));
        Assert.Equal(0, recorded.Pages + recorded.Segments + recorded.Clauses + recorded.Fields + recorded.Sentences);
        await using var read = Db.Auditor();
        Assert.Equal(SampleResults.Sha256(bytes), (await read.Documents.SingleAsync()).Sha256);
        var run = await read.Runs.SingleAsync();
        Assert.Equal((RunStatus.Failed, "encrypted"), (run.Status, run.ReasonCode));
        Assert.Equal(["received", "failed"], await read.AuditEvents.OrderBy(e => e.Sequence).Select(e => e.Stage).ToListAsync());
    }

    [Fact]
    public async Task Record_EmptyDocument_HasADocumentRowToo()
    {
        var recorded = await Db.Recorder().RecordAsync(SampleResults.Request("empty.txt"), Array.Empty<byte>(),
            SampleResults.Failed([], FailureReason.Empty, "The document has no bytes."), default);

        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", recorded.Sha256);
        await using var read = Db.Auditor();
        Assert.Equal(0, (await read.Documents.SingleAsync()).SizeBytes);
    }

    [Fact]
    public async Task LoadContent_ReturnsTheStoredBytesAndFileName_OrNullForAnUnknownDocument()
    {
        var bytes = SampleResults.Bytes("E");
        var recorder = Db.Recorder();
        var recorded = await recorder.RecordAsync(SampleResults.Request("e.txt"), bytes, SampleResults.Succeeded(bytes), default);

        var loaded = await recorder.LoadContentAsync(recorded.DocumentId, default);

        Assert.NotNull(loaded);
        Assert.Equal(bytes, loaded.Value.Content);
        Assert.Equal("e.txt", loaded.Value.FileName);
        Assert.Null(await recorder.LoadContentAsync(Guid.NewGuid(), default));
    }
}
