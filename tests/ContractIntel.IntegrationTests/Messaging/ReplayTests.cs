using System.Diagnostics;
using System.Text;
using ContractIntel.IntegrationTests.Infrastructure;
using ContractIntel.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContractIntel.IntegrationTests.Messaging;

/// <summary><c>contractintel replay</c>: the error queue's messages go back to the worker's queue, unchanged, and get their run.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class ReplayTests(DatabaseFixture database, WorkerFixture worker) : DatabaseTest(database), IClassFixture<WorkerFixture>
{
    [Fact]
    public async Task Replay_DryRunListsAndLeaves_ThenMovesTheMessageBackAndItIsProcessed()
    {
        var bytes = Encoding.UTF8.GetBytes(File.ReadAllText(TestSamples.SmallTextContract()) + $"\nReplay test {Guid.NewGuid():N}\n");
        var command = WorkerFixture.Command("replayed.txt", inboxPath: worker.PutInInbox("replayed.txt", bytes));
        var messageId = NewId.NextGuid();
        // Parked as an outage longer than the retries would park it: straight into the error queue.
        var errorQueue = await worker.Services.GetRequiredService<IBus>().GetSendEndpoint(new Uri($"queue:{MessagingNames.ErrorQueue(worker.Queue)}"));
        await errorQueue.Send(command, c => c.MessageId = messageId);
        await WaitForDepthAsync(1);
        var replay = new ErrorQueueReplay(worker.Services.GetRequiredService<IOptions<RabbitMqOptions>>().Value);

        var listed = await replay.RunAsync(dryRun: true, int.MaxValue, default);

        Assert.Equal(messageId.ToString(), Assert.Single(listed).MessageId);
        await WaitForDepthAsync(1);
        Assert.Null(await worker.FindRunAsync(messageId));

        var moved = await replay.RunAsync(dryRun: false, int.MaxValue, default);

        Assert.Single(moved);
        var processed = await worker.Events.ProcessedAsync(messageId);
        Assert.Equal(processed.RunId, (await worker.FindRunAsync(messageId))!.RunId);
        Assert.Equal(0u, await worker.ErrorQueueDepthAsync());
    }

    private async Task WaitForDepthAsync(uint expected)
    {
        var waited = Stopwatch.StartNew();
        while (await worker.ErrorQueueDepthAsync() != expected && waited.Elapsed < TimeSpan.FromSeconds(20))
            await Task.Delay(50);
        Assert.Equal(expected, await worker.ErrorQueueDepthAsync());
    }
}
