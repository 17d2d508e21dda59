using System.Text;
using System.Text.Json;

namespace ContractIntel.IntegrationTests.Messaging;

/// <summary>
/// The consumer definition's retry filter: a message that fails the same way every time (here one without a message
/// id, which the consumer refuses) goes to the error queue at once, without rerunning the pipeline.
/// </summary>
public sealed class RetryFilterTests(WorkerFixture worker) : IClassFixture<WorkerFixture>
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Consume_MessageWithoutMessageId_FaultsIntoTheErrorQueueWithoutRetries()
    {
        var path = worker.PutInInbox("no-id.txt", Encoding.UTF8.GetBytes("AGREEMENT between the parties. " + Guid.NewGuid()));
        // MassTransit's envelope with every field it needs to deliver the message to the consumer, but no messageId.
        var envelope = new Dictionary<string, object?>
        {
            ["messageType"] = new[] { "urn:message:ContractIntel.Contracts:ProcessDocument" },
            ["message"] = WorkerFixture.Command("no-id.txt", inboxPath: path),
        };
        await worker.PublishRawAsync(JsonSerializer.SerializeToUtf8Bytes(envelope, WebJson),
            "application/vnd.masstransit+json");

        var headers = await worker.ErrorQueueHeadersAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(typeof(InvalidOperationException).FullName, headers.GetValueOrDefault("MT-Fault-ExceptionType"));
        Assert.Contains("no message id", headers.GetValueOrDefault("MT-Fault-Message") ?? "", StringComparison.Ordinal);
        Assert.Equal("0", headers.GetValueOrDefault("MT-Fault-RetryCount") ?? "0");
    }
}
