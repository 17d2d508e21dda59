using System.Text;
using ContractIntel.Contracts;
using ContractIntel.Data.Runs;
using ContractIntel.IntegrationTests.Infrastructure;
using ContractIntel.Jail;
using ContractIntel.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContractIntel.IntegrationTests.Messaging;

/// <summary>
/// Issue 11 through the queue: nothing outside the inbox is read (symlink, symlinked folder, claim-check address,
/// device, FIFO), every refused message is a row with its message id, damaged PDFs are permanent failures, and
/// the worker goes on.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class HostileMessageTests(DatabaseFixture database, WorkerFixture worker) : DatabaseTest(database), IClassFixture<WorkerFixture>
{
    private string NewInboxFolder() => Directory.CreateDirectory(Path.Combine(worker.InboxFolder, "it", Guid.NewGuid().ToString("N"))).FullName;

    private static string Relative(string inbox, string full) => Path.GetRelativePath(inbox, full).Replace('\\', '/');

    /// <summary>The refusal as the event, the rejection row (auditor's view) and the absence of any document with those bytes.</summary>
    private async Task AssertRejectedAsync(Guid messageId, string reason)
    {
        var failed = await worker.Events.FailedAsync(messageId);
        Assert.True(failed.ReasonCode == reason, $"{failed.ReasonCode}: {failed.Message}");
        Assert.False(failed.RetryMayHelp);
        Assert.Null(await worker.FindRunAsync(messageId));
        await using var auditor = Db.Auditor();
        var row = await auditor.RejectedMessages.SingleAsync(r => r.MessageId == messageId);
        Assert.Equal(reason, row.ReasonCode);
    }

    [Fact]
    public async Task Consume_SymlinksOutOfTheInbox_AreOutsideInboxAndNothingIsStored()
    {
        var folder = NewInboxFolder();
        File.CreateSymbolicLink(Path.Combine(folder, "passwd.txt"), "/etc/passwd");
        Directory.CreateSymbolicLink(Path.Combine(folder, "etc"), "/etc");
        Directory.CreateSymbolicLink(Path.Combine(folder, "proc"), "/proc");

        var ids = new List<Guid>();
        foreach (var name in new[] { "passwd.txt", "etc/hostname", "proc/self/status" })
            ids.Add(await worker.SendAsync(WorkerFixture.Command("x.txt", inboxPath: Relative(worker.InboxFolder, Path.Combine(folder, name)))));

        foreach (var id in ids)
            await AssertRejectedAsync(id, FileRead.OutsideInbox);
        await using var db = Db.Worker();
        Assert.Equal(0, await db.Documents.CountAsync());
    }

    [Fact]
    public async Task Consume_DevZeroAndFifoInTheInbox_AreRefusedWithoutBlockingTheWorker()
    {
        var folder = NewInboxFolder();
        File.CreateSymbolicLink(Path.Combine(folder, "zero.pdf"), "/dev/zero");
        var fifo = Path.Combine(folder, "pipe.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo])) await mkfifo.WaitForExitAsync();
        var good = worker.PutInInbox("after.txt", Encoding.UTF8.GetBytes(File.ReadAllText(TestSamples.SmallTextContract()) + $"\n{Guid.NewGuid():N}\n"));

        var zero = await worker.SendAsync(WorkerFixture.Command("zero.pdf", inboxPath: Relative(worker.InboxFolder, Path.Combine(folder, "zero.pdf"))));
        var pipe = await worker.SendAsync(WorkerFixture.Command("pipe.txt", inboxPath: Relative(worker.InboxFolder, fifo)));
        var next = await worker.SendAsync(WorkerFixture.Command("after.txt", inboxPath: good));

        await AssertRejectedAsync(zero, FileRead.OutsideInbox);
        await AssertRejectedAsync(pipe, FileRead.NotRegularFile);
        Assert.True((await worker.Events.ProcessedAsync(next)).Segments > 0);
    }

    [Theory]
    [InlineData("urn:file:..:..:..:..:..:..:..:..:etc:passwd", FileRead.OutsideInbox)]
    [InlineData("urn:file:none:neverwritten", FileRead.NotFound)]
    public async Task Consume_ClaimCheckAddressEscapingOrMissing_IsRecordedNotRetried(string address, string reason)
    {
        // MassTransit's own repository would join "..:..:etc:passwd" into a path and read it.
        var content = new MassTransit.MessageData.Values.StoredMessageData<byte[]>(new Uri(address), []);
        var message = WorkerFixture.Command("claim.txt") with { Content = content };

        var messageId = await worker.SendAsync(message);

        await AssertRejectedAsync(messageId, reason);
        Assert.Equal(0u, await worker.ErrorQueueDepthAsync());
    }

    [Fact]
    public async Task Consume_InvalidMessage_LeavesARejectionRowWithItsMessageId()
    {
        var messageId = await worker.SendAsync(WorkerFixture.Command("none.txt"));
        await AssertRejectedAsync(messageId, LoadedDocument.InvalidMessage);
        await using var auditor = Db.Auditor();
        var row = await auditor.RejectedMessages.SingleAsync(r => r.MessageId == messageId);
        Assert.Equal(("none", "integration-tests"), (row.Source, row.SubmittedBy));
    }

    [Fact]
    public async Task Consume_ByteFlippedPdfs_AreFailedRunsOrSuccessesNeverTheErrorQueue()
    {
        var pdf = File.ReadAllBytes(Path.Combine(TestSamples.RepositoryRoot, "samples", "contracts", "ETELOS,INC_03_09_2004-EX-10.8-DISTRIBUTOR AGREEMENT.PDF"));
        var random = new Random(11);
        var ids = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            var mutant = (byte[])pdf.Clone();
            for (var k = 0; k < 8; k++) mutant[(mutant.Length / 4) + random.Next(mutant.Length / 2)] = (byte)random.Next(256);
            ids.Add(await worker.SendAsync(WorkerFixture.Command($"mutant-{i}.pdf", inboxPath: worker.PutInInbox($"mutant-{i}.pdf", mutant))));
        }

        foreach (var id in ids)
        {
            var outcome = Assert.Single(await worker.Events.WaitAsync(id, timeout: TimeSpan.FromMinutes(5)));
            Assert.False(outcome is Fault<ProcessDocument>, "the message faulted");
            Assert.NotNull(await worker.FindRunAsync(id));
        }
        Assert.Equal(0u, await worker.ErrorQueueDepthAsync());
    }

    [Fact]
    public async Task Consume_TextDeclaredAsPdf_IsReadAsTextAndTheDeclaredTypeIsRecorded()
    {
        var bytes = Encoding.UTF8.GetBytes(File.ReadAllText(TestSamples.SmallTextContract()) + $"\n{Guid.NewGuid():N}\n");
        var message = WorkerFixture.Command("contract.pdf", inboxPath: worker.PutInInbox("contract.pdf", bytes)) with { MediaType = "application/pdf" };

        var messageId = await worker.SendAsync(message);

        Assert.True((await worker.Events.ProcessedAsync(messageId)).Segments > 0);
        await using var db = Db.Worker();
        var run = await db.Runs.SingleAsync(r => r.MessageId == messageId);
        Assert.Equal(("text/plain", "application/pdf"), (run.MediaType, run.DeclaredMediaType));
    }
}
