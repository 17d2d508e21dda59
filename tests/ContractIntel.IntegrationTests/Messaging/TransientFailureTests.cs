using System.Diagnostics;
using System.Text;
using ContractIntel.Contracts;
using MassTransit;

namespace ContractIntel.IntegrationTests.Messaging;

/// <summary>A worker whose database login points at a port nothing listens on: every message fails transiently.</summary>
public sealed class UnreachableDatabaseWorkerFixture : WorkerFixture
{
    protected override IEnumerable<KeyValuePair<string, string?>> BrokenSettings =>
    [
        new("ContractIntel:Database:ConnectionString", "Host=127.0.0.1;Port=1;Database=contractintel;Username=contractintel_worker;Password=x;Timeout=2"),
    ];
}

/// <summary>Transient failures are never acknowledged as done: retried, then parked in the error queue with a fault.</summary>
public sealed class TransientFailureTests(UnreachableDatabaseWorkerFixture worker) : IClassFixture<UnreachableDatabaseWorkerFixture>
{
    [Fact]
    public async Task Consume_DatabaseUnreachable_RetriesThenMovesTheMessageToTheErrorQueue()
    {
        var path = worker.PutInInbox("contract.txt", Encoding.UTF8.GetBytes("AGREEMENT between the parties. " + Guid.NewGuid()));

        var messageId = await worker.SendAsync(WorkerFixture.Command("contract.txt", inboxPath: path));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => worker.Events.WaitAsync(messageId));
        Assert.Contains("faulted", error.Message, StringComparison.Ordinal);
        var events = worker.Events.For(messageId);
        Assert.Empty(events.OfType<DocumentProcessed>());
        Assert.Empty(events.OfType<DocumentProcessingFailed>());
        var fault = Assert.Single(events.OfType<Fault<ProcessDocument>>());
        var types = string.Join(", ", fault.Exceptions.Select(e => $"{e.ExceptionType} ({e.InnerException?.ExceptionType})"));
        Assert.True(fault.Exceptions.Any(e => (e.ExceptionType + e.InnerException?.ExceptionType).Contains("Npgsql", StringComparison.Ordinal)), types);
        var waited = Stopwatch.StartNew();
        while (await worker.ErrorQueueDepthAsync() == 0 && waited.Elapsed < TimeSpan.FromSeconds(30))
            await Task.Delay(50);
        Assert.Equal(1u, await worker.ErrorQueueDepthAsync());
        // The fixture allows one retry: a transient fault uses it before the error queue.
        var headers = await worker.ErrorQueueHeadersAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("1", headers.GetValueOrDefault("MT-Fault-RetryCount"));
    }
}
