using System.Text;
using ContractIntel.Contracts;
using ContractIntel.Extraction.Pipeline;
using ContractIntel.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContractIntel.IntegrationTests.Messaging;

[Collection(DatabaseCollection.Name)]
public sealed class ProcessDocumentConsumerTests(DatabaseFixture database, WorkerFixture worker) : DatabaseTest(database), IClassFixture<WorkerFixture>
{
    /// <summary>A real contract with a unique last line, so its sha256 (and so its document) is new to the database.</summary>
    private static byte[] UniqueContract() =>
        [.. File.ReadAllBytes(TestSamples.SmallTextContract()), .. Encoding.UTF8.GetBytes($"\n\nIntegration test copy {Guid.NewGuid():N}.\n")];

    [Fact]
    public async Task Consume_TextContractInInbox_RecordsSucceededRunWithPagesAndSegments()
    {
        var path = worker.PutInInbox("contract.txt", UniqueContract());

        var messageId = await worker.SendAsync(WorkerFixture.Command("contract.txt", inboxPath: path));

        var processed = await worker.Events.ProcessedAsync(messageId);
        Assert.Equal(1, processed.RunVersion);
        Assert.True(processed.Pages > 0, "no pages");
        Assert.True(processed.Segments > 0, "no segments");
        var run = await worker.FindRunAsync(messageId);
        Assert.NotNull(run);
        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Equal((processed.DocumentId, processed.RunId, processed.Pages, processed.Segments), (run.DocumentId, run.RunId, run.Pages, run.Segments));
    }

    [Fact]
    public async Task Consume_SameMessageIdTwice_OneRunAndTheEventPublishedAgain()
    {
        var bytes = UniqueContract();
        var path = worker.PutInInbox("twice.txt", bytes);
        var command = WorkerFixture.Command("twice.txt", inboxPath: path);

        var messageId = await worker.SendAsync(command);
        await worker.SendAsync(command, messageId);

        var events = await worker.Events.WaitAsync(messageId, count: 2);
        var processed = events.Cast<DocumentProcessed>().ToList();
        Assert.Single(processed.Select(e => e.RunId).Distinct());
        Assert.All(processed, e => Assert.Equal(1, e.RunVersion));
        await using var db = Db.Worker();
        Assert.Equal(1, await db.Runs.CountAsync(r => r.DocumentId == processed[0].DocumentId));
        Assert.Equal(1, await db.Runs.CountAsync(r => r.MessageId == messageId));
    }

    [Fact]
    public async Task Consume_SameBytesUnderNewMessage_SameDocumentAndRunVersion2()
    {
        var bytes = UniqueContract();

        var first = await worker.Events.ProcessedAsync(await worker.SendAsync(WorkerFixture.Command("a.txt", inboxPath: worker.PutInInbox("a.txt", bytes))));
        var second = await worker.Events.ProcessedAsync(await worker.SendAsync(WorkerFixture.Command("b.txt", inboxPath: worker.PutInInbox("b.txt", bytes))));

        Assert.Equal(first.DocumentId, second.DocumentId);
        Assert.Equal(first.Sha256, second.Sha256);
        Assert.NotEqual(first.RunId, second.RunId);
        Assert.Equal((1, 2), (first.RunVersion, second.RunVersion));
    }

    [Fact]
    public async Task Consume_EncryptedAndCorruptPdfs_RecordFailedRunsWithReasonsAndTheWorkerGoesOn()
    {
        var encrypted = await worker.SendAsync(WorkerFixture.Command("encrypted.pdf",
            inboxPath: worker.PutInInbox("encrypted.pdf", File.ReadAllBytes(TestSamples.HardCase("libreoffice-writer-password.pdf")))));
        var corrupt = await worker.SendAsync(WorkerFixture.Command("invalid.pdf",
            inboxPath: worker.PutInInbox("invalid.pdf", File.ReadAllBytes(TestSamples.HardCase("invalid.pdf")))));
        var good = await worker.SendAsync(WorkerFixture.Command("good.txt", inboxPath: worker.PutInInbox("good.txt", UniqueContract())));

        foreach (var (messageId, reason) in new[] { (encrypted, "encrypted"), (corrupt, "corrupt") })
        {
            var failed = await worker.Events.FailedAsync(messageId);
            Assert.Equal(reason, failed.ReasonCode);
            Assert.False(failed.RetryMayHelp);
            Assert.False(string.IsNullOrWhiteSpace(failed.Message));
            var run = await worker.FindRunAsync(messageId);
            Assert.NotNull(run);
            Assert.Equal((RunStatus.Failed, reason, failed.RunId, 1), (run.Status, run.ReasonCode, (Guid?)run.RunId, run.Version));
        }
        Assert.True((await worker.Events.ProcessedAsync(good)).Segments > 0);
        Assert.Equal(0u, await worker.ErrorQueueDepthAsync());
    }
}
