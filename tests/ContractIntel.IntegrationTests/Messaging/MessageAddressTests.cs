using System.Text;
using ContractIntel.Contracts;
using ContractIntel.IntegrationTests.Infrastructure;
using ContractIntel.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContractIntel.IntegrationTests.Messaging;

/// <summary>The three ways a message names its bytes, and the messages whose bytes cannot be had.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class MessageAddressTests(DatabaseFixture database, WorkerFixture worker) : DatabaseTest(database), IClassFixture<WorkerFixture>
{
    [Fact]
    public async Task Consume_ClaimCheckContent_RecordsSucceededRun()
    {
        var bytes = Encoding.UTF8.GetBytes(File.ReadAllText(TestSamples.SmallTextContract()) + $"\nClaim check {Guid.NewGuid():N}\n");
        var repository = worker.Services.GetRequiredService<IMessageDataRepository>();
        var content = await repository.PutBytes(bytes);

        var messageId = await worker.SendAsync(WorkerFixture.Command("claim.txt", content: content));

        var processed = await worker.Events.ProcessedAsync(messageId);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), processed.Sha256);
        Assert.True(processed.Segments > 0);
    }

    [Fact]
    public async Task Consume_StoredDocumentId_ReprocessesItsStoredBytesAsTheNextVersion()
    {
        var bytes = Encoding.UTF8.GetBytes(File.ReadAllText(TestSamples.SmallTextContract()) + $"\nReprocess {Guid.NewGuid():N}\n");
        var first = await worker.Events.ProcessedAsync(await worker.SendAsync(WorkerFixture.Command("r.txt", inboxPath: worker.PutInInbox("r.txt", bytes))));

        var again = await worker.SendAsync(new ProcessDocument { FileName = "r.txt", DocumentId = first.DocumentId, SubmittedBy = "integration-tests" });

        var second = await worker.Events.ProcessedAsync(again);
        Assert.Equal((first.DocumentId, first.Sha256, 2), (second.DocumentId, second.Sha256, second.RunVersion));
        await using var db = Db.Worker();
        Assert.Equal(first.DocumentId, (await db.Runs.SingleAsync(r => r.MessageId == again)).ReprocessOf);
    }

    [Fact]
    public async Task Consume_UnknownDocumentId_PublishesNotFound()
    {
        var messageId = await worker.SendAsync(new ProcessDocument { FileName = "x.pdf", DocumentId = Guid.NewGuid(), SubmittedBy = "integration-tests" });

        Assert.Equal(LoadedDocument.NotFound, (await worker.Events.FailedAsync(messageId)).ReasonCode);
        Assert.Null(await worker.FindRunAsync(messageId));
    }

    [Fact]
    public async Task Consume_FileMissingFromInbox_PublishesNotFoundAndRecordsNoRun()
    {
        var messageId = await worker.SendAsync(WorkerFixture.Command("gone.pdf", inboxPath: $"it/{Guid.NewGuid():N}/gone.pdf"));

        var failed = await worker.Events.FailedAsync(messageId);
        Assert.True(failed.ReasonCode == LoadedDocument.NotFound, $"{failed.ReasonCode}: {failed.Message}");
        Assert.Null(failed.RunId);
        Assert.Null(await worker.FindRunAsync(messageId));
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("it/../../outside.txt")]
    [InlineData("/etc/hostname")]
    public async Task Consume_PathLeavingTheInbox_PublishesInvalidMessageWithoutReadingIt(string inboxPath)
    {
        // A real file where the traversal points, so a resolver that followed it would find something to read.
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(worker.InboxFolder)!, "outside.txt"), "AGREEMENT between the parties.");

        var messageId = await worker.SendAsync(WorkerFixture.Command("outside.txt", inboxPath: inboxPath));

        var failed = await worker.Events.FailedAsync(messageId);
        Assert.Equal(LoadedDocument.InvalidMessage, failed.ReasonCode);
        Assert.Null(await worker.FindRunAsync(messageId));
    }
}
