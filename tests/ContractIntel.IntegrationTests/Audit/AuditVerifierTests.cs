using ContractIntel.Data.Audit;
using ContractIntel.Data.Runs;
using ContractIntel.Extraction.Documents;
using ContractIntel.IntegrationTests.Infrastructure;

namespace ContractIntel.IntegrationTests.Audit;

[Collection(DatabaseCollection.Name)]
public sealed class AuditVerifierTests(DatabaseFixture db) : DatabaseTest(db)
{
    private async Task<VerificationReport> VerifyAsync(VerifyScope? scope = null, IReadOnlyList<AuditCheckpoint>? checkpoints = null)
    {
        await using var auditor = Db.Auditor();
        return await new AuditVerifier(auditor).VerifyAsync(scope ?? VerifyScope.All, checkpoints ?? [], default);
    }

    private async Task<List<RecordedRun>> RecordThreeAsync()
    {
        var recorder = Db.Recorder();
        var a = SampleResults.Bytes("audit-A");
        var broken = "%PDF-1.4 broken"u8.ToArray();
        return
        [
            await recorder.RecordAsync(SampleResults.Request(), a, SampleResults.Succeeded(a), default),
            await recorder.RecordAsync(SampleResults.Request("broken.pdf"), broken, SampleResults.Failed(broken, FailureReason.Corrupt, "xref table is damaged"), default),
            await recorder.RecordAsync(SampleResults.Request(), a, SampleResults.Succeeded(a, clauseScore: 0.5f), default),
        ];
    }

    [Fact]
    public async Task Verify_UntouchedRuns_IsIntact()
    {
        var runs = await RecordThreeAsync();

        var report = await VerifyAsync();

        Assert.True(report.Intact, string.Join("\n", report.Problems));
        Assert.Equal((3, 6 + 2 + 6), (report.RunsChecked, (int)report.Events));
        Assert.True((await VerifyAsync(new VerifyScope(RunId: runs[1].RunId))).Intact);
        Assert.Equal(2, (await VerifyAsync(new VerifyScope(DocumentId: runs[0].DocumentId))).RunsChecked);
    }

    [Fact]
    public async Task Verify_ClauseRowChangedByTheOwnerWithTriggersDisabled_FailsAndNamesTheRow()
    {
        var runs = await RecordThreeAsync();
        await Db.ExecuteAsOwnerAsync($"""
            ALTER TABLE contract_intel.run_clause_findings DISABLE TRIGGER append_only;
            UPDATE contract_intel.run_clause_findings SET score = 0.99 WHERE run_id = '{runs[0].RunId}' AND ordinal = 0;
            ALTER TABLE contract_intel.run_clause_findings ENABLE TRIGGER append_only;
            """);

        var report = await VerifyAsync();

        Assert.False(report.Intact);
        var first = Assert.Single(report.Problems);
        Assert.Equal(("row", "findings", "ordinal=0", runs[0].RunId), (first.Kind, first.Table, first.Row, first.RunId));
        Assert.Contains($"findings row ordinal=0 of run {runs[0].RunId}", first.Message, StringComparison.Ordinal);
        Assert.True((await VerifyAsync(new VerifyScope(RunId: runs[2].RunId))).Intact, "the other version of the document is untouched");
    }

    [Fact]
    public async Task Verify_ClauseRowChangedTogetherWithItsRowHash_FailsOnTheTableDigest()
    {
        var runs = await RecordThreeAsync();
        // A tamperer who knows the row-hash scheme: the row verifies on its own, the seal in the chain does not.
        await using (var read = Db.Auditor())
        {
            var row = read.ClauseFindings.Single(c => c.RunId == runs[0].RunId && c.Ordinal == 0);
            var forged = new Data.Results.RunClauseFinding
            {
                RunId = row.RunId, Ordinal = row.Ordinal, Category = row.Category, SegmentIndex = row.SegmentIndex, PageNumber = row.PageNumber,
                StartOffset = row.StartOffset, EndOffset = row.EndOffset, Text = row.Text, Score = 0.01f, Model = row.Model, ModelVersion = row.ModelVersion,
            };
            var hash = AuditHasher.Row(RowCanonical.Of(forged));
            await Db.ExecuteAsOwnerAsync($"""
                ALTER TABLE contract_intel.run_clause_findings DISABLE TRIGGER append_only;
                UPDATE contract_intel.run_clause_findings SET score = 0.01, row_hash = '{hash}' WHERE run_id = '{runs[0].RunId}' AND ordinal = 0;
                ALTER TABLE contract_intel.run_clause_findings ENABLE TRIGGER append_only;
                """);
        }

        var report = await VerifyAsync();

        var problem = Assert.Single(report.Problems);
        Assert.Equal(("table", "findings", runs[0].RunId), (problem.Kind, problem.Table, problem.RunId));
    }

    [Fact]
    public async Task Verify_DeletedSentimentRowOrChangedRunRow_IsCaughtAndNamed()
    {
        var runs = await RecordThreeAsync();
        await Db.ExecuteAsOwnerAsync($"""
            ALTER TABLE contract_intel.sentence_scores DISABLE TRIGGER append_only;
            DELETE FROM contract_intel.sentence_scores WHERE run_id = '{runs[2].RunId}';
            ALTER TABLE contract_intel.sentence_scores ENABLE TRIGGER append_only;
            ALTER TABLE contract_intel.processing_runs DISABLE TRIGGER append_only;
            UPDATE contract_intel.processing_runs SET reason_code = 'encrypted' WHERE id = '{runs[1].RunId}';
            ALTER TABLE contract_intel.processing_runs ENABLE TRIGGER append_only;
            """);

        var report = await VerifyAsync();

        Assert.Equal(2, report.Problems.Count);
        Assert.Contains(report.Problems, p => p is { Kind: "row", Table: "processing_runs" } && p.RunId == runs[1].RunId);
        Assert.Contains(report.Problems, p => p is { Kind: "table", Table: "sentence_scores" } && p.RunId == runs[2].RunId && p.Message.Contains("deleted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Verify_DeletedAuditEvent_IsCaughtAndNamed()
    {
        await RecordThreeAsync();
        await Db.ExecuteAsOwnerAsync("""
            ALTER TABLE contract_intel.audit_events DISABLE TRIGGER append_only;
            DELETE FROM contract_intel.audit_events WHERE sequence = 3;
            ALTER TABLE contract_intel.audit_events ENABLE TRIGGER append_only;
            """);

        var report = await VerifyAsync();

        Assert.False(report.Intact);
        Assert.Equal(("chain", 4L), (report.Problems[0].Kind, report.Problems[0].Sequence));
        Assert.Contains("audit event 3 is missing", report.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_DeletedLastEvent_LeavesARunWithoutItsSeal()
    {
        var runs = await RecordThreeAsync();
        await Db.ExecuteAsOwnerAsync("""
            ALTER TABLE contract_intel.audit_events DISABLE TRIGGER append_only;
            DELETE FROM contract_intel.audit_events WHERE sequence = (SELECT max(sequence) FROM contract_intel.audit_events);
            ALTER TABLE contract_intel.audit_events ENABLE TRIGGER append_only;
            """);

        var report = await VerifyAsync();

        Assert.Equal(("run", runs[2].RunId), (Assert.Single(report.Problems).Kind, report.Problems[0].RunId));
    }

    [Fact]
    public async Task Verify_WholeChainRewrittenConsistently_IsCaughtAgainstTheRowsAndACheckpoint()
    {
        var recorder = Db.Recorder();
        var a = SampleResults.Bytes("rewrite-A");
        var first = await recorder.RecordAsync(SampleResults.Request(), a, SampleResults.Succeeded(a), default);
        AuditCheckpoint checkpoint;
        await using (var auditor = Db.Auditor()) checkpoint = await new AuditVerifier(auditor).CheckpointAsync(TimeProvider.System, default);
        var b = SampleResults.Bytes("rewrite-B");
        await recorder.RecordAsync(SampleResults.Request(), b, SampleResults.Succeeded(b), default);

        await ChainRewriter.RewriteSubmitterAsync(Db, sequence: 1, submittedBy: "someone-else");

        // The chain verifies on its own; the received event no longer agrees with the run row it describes.
        var alone = await VerifyAsync();
        var disagreement = Assert.Single(alone.Problems);
        Assert.Equal(("event", first.RunId), (disagreement.Kind, disagreement.RunId));
        Assert.Contains("submitted_by", disagreement.Message, StringComparison.Ordinal);
        var report = await VerifyAsync(checkpoints: [checkpoint]);
        Assert.Equal(2, report.Problems.Count);
        Assert.Contains(report.Problems, p => p.Kind == "checkpoint" && p.Sequence == checkpoint.Sequence);
    }

    [Fact]
    public async Task Verify_SignedCheckpointFileRewrittenToMatchARewrittenChain_FailsOnTheSignature()
    {
        using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var recorder = Db.Recorder();
        var a = SampleResults.Bytes("signed-A");
        await recorder.RecordAsync(SampleResults.Request(), a, SampleResults.Succeeded(a), default);
        AuditCheckpoint signed;
        await using (var auditor = Db.Auditor()) signed = (await new AuditVerifier(auditor).CheckpointAsync(TimeProvider.System, default)).SignWith(key);
        var line = AuditCheckpoint.Parse(signed.ToJsonLine());

        // The owner rewrites the chain and, holding no signing key, edits the checkpoint's hash to match.
        await ChainRewriter.RewriteSubmitterAsync(Db, sequence: 1, submittedBy: "someone-else");
        string newHead;
        await using (var auditor = Db.Auditor()) newHead = (await new AuditVerifier(auditor).CheckpointAsync(TimeProvider.System, default)).Hash;
        var forged = line with { Hash = newHead };

        await using var read = Db.Auditor();
        var honest = await new AuditVerifier(read).VerifyAsync(VerifyScope.All, [line], default, key);
        var report = await new AuditVerifier(read).VerifyAsync(VerifyScope.All, [forged], default, key);
        var unsigned = await new AuditVerifier(read).VerifyAsync(VerifyScope.All, [forged with { Signature = null }], default, key);

        Assert.Contains(honest.Problems, p => p.Kind == "checkpoint" && p.Message.Contains("rewritten", StringComparison.Ordinal));
        Assert.DoesNotContain(honest.Problems, p => p.Message.Contains("signature", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Kind == "checkpoint" && p.Message.Contains("signature does not match", StringComparison.Ordinal));
        Assert.Contains(unsigned.Problems, p => p.Kind == "checkpoint" && p.Message.Contains("not signed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Verify_AgainstCheckpointsOfAnUntouchedChain_IsIntact()
    {
        var recorder = Db.Recorder();
        var checkpoints = new List<AuditCheckpoint>();
        await using (var auditor = Db.Auditor()) checkpoints.Add(await new AuditVerifier(auditor).CheckpointAsync(TimeProvider.System, default));
        foreach (var m in new[] { "cp-A", "cp-B" })
        {
            var bytes = SampleResults.Bytes(m);
            await recorder.RecordAsync(SampleResults.Request(), bytes, SampleResults.Succeeded(bytes), default);
            await using var auditor = Db.Auditor();
            var head = await new AuditVerifier(auditor).CheckpointAsync(TimeProvider.System, default);
            checkpoints.Add(AuditCheckpoint.Parse(head.ToJsonLine()));
        }

        var report = await VerifyAsync(checkpoints: checkpoints);

        Assert.True(report.Intact, string.Join("\n", report.Problems));
        Assert.Equal((3, 12L), (report.CheckpointsChecked, checkpoints[^1].Sequence));
    }

    [Fact]
    public async Task PurgeDocument_ByTheOwner_RemovesResultsAndVerifiesAsPurged()
    {
        var runs = await RecordThreeAsync();

        await Db.ExecuteAsOwnerAsync($"SELECT contract_intel.purge_document('{runs[0].DocumentId}')");

        var report = await VerifyAsync();
        Assert.True(report.Intact, string.Join("\n", report.Problems));
        Assert.Equal(2, report.RunsPurged);
        await using var read = Db.Auditor();
        Assert.Empty(read.Segments.Where(s => s.RunId == runs[0].RunId));
        Assert.Equal(3, read.Runs.Count());
        Assert.Null(await Db.Recorder().LoadContentAsync(runs[0].DocumentId, default));
        Assert.Equal("purged", read.AuditEvents.OrderByDescending(e => e.Sequence).First().Stage);
    }
}
