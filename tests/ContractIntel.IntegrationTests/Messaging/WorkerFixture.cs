using ContractIntel.Contracts;
using ContractIntel.Data.Runs;
using ContractIntel.Hosting;
using ContractIntel.Messaging;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace ContractIntel.IntegrationTests.Messaging;

/// <summary>
/// One in-process worker (the same composition as <c>contractintel worker</c>) against the real servers, on a
/// queue, inbox and claim-check folder of its own, so the suite can share the broker and the database with
/// other test classes. Outcome events are collected on a temporary queue. Not sealed: a fixture for a worker
/// with one setting broken derives from it.
/// </summary>
public class WorkerFixture : IAsyncLifetime
{
    private IHost? _host;
    private RabbitMqOptions? _rabbit;

    public string Queue { get; } = $"process-document-it-{Guid.NewGuid():N}"[..32];

    public string InboxRoot { get; } = Path.Combine(Path.GetTempPath(), "contractintel-it", Guid.NewGuid().ToString("N"));

    internal ObservedEvents Events { get; } = new();

    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("The worker host has not started.");

    /// <summary>Configuration the tests add over appsettings.json and the environment.</summary>
    public IReadOnlyDictionary<string, string?> Overrides => new Dictionary<string, string?>(BrokenSettings)
    {
        [$"{RabbitMqOptions.SectionName}:Queue"] = Queue,
        [$"{InboxOptions.SectionName}:Path"] = Path.Combine(InboxRoot, "inbox"),
        [$"{InboxOptions.SectionName}:ClaimCheckPath"] = Path.Combine(InboxRoot, "claim-check"),
        // A transient failure here is a test failure; spending a minute on retries would only hide it.
        [$"{WorkerOptions.SectionName}:RetryLimit"] = "1",
        [$"{WorkerOptions.SectionName}:ConcurrentMessageLimit"] = "2",
    };

    /// <summary>Settings a derived fixture breaks on purpose.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> BrokenSettings => [];

    public async Task InitializeAsync()
    {
        ServerEnvironment.Require();
        var builder = ContractIntelHost.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(Overrides);
        builder.AddWorker();
        _host = builder.Build();
        await _host.StartAsync();
        _rabbit = _host.Services.GetRequiredService<IOptions<RabbitMqOptions>>().Value;

        var bus = _host.Services.GetRequiredService<IBus>();
        var listener = bus.ConnectReceiveEndpoint(new TemporaryEndpointDefinition(), DefaultEndpointNameFormatter.Instance, e =>
        {
            e.Handler<DocumentProcessed>(c => { Events.Add(c.InitiatorId, c.Message); return Task.CompletedTask; });
            e.Handler<DocumentProcessingFailed>(c => { Events.Add(c.InitiatorId, c.Message); return Task.CompletedTask; });
            // A consumer that throws past its retries publishes a fault: the test fails at once with the exception.
            e.Handler<Fault<ProcessDocument>>(c => { Events.Add(c.Message.FaultedMessageId, c.Message); return Task.CompletedTask; });
        });
        await listener.Ready;
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }
        if (_rabbit is not null) await DeleteQueuesAsync();
        if (Directory.Exists(InboxRoot)) Directory.Delete(InboxRoot, recursive: true);
    }

    public string InboxFolder => Services.GetRequiredService<IOptions<InboxOptions>>().Value.InboxRoot;

    /// <summary>Writes <paramref name="content"/> into the inbox and returns its inbox-relative path.</summary>
    public string PutInInbox(string name, byte[] content)
    {
        var relative = $"it/{Guid.NewGuid():N}/{name}";
        var full = InboxPaths.Resolve(InboxFolder, relative)!;
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return relative;
    }

    public static ProcessDocument Command(string fileName, string? inboxPath = null, MessageData<byte[]>? content = null, string kind = DocumentKinds.Auto) =>
        new() { FileName = fileName, InboxPath = inboxPath, Content = content, Kind = kind, SubmittedBy = "integration-tests", Matter = "it" };

    public async Task<Guid> SendAsync(ProcessDocument message, Guid? messageId = null)
    {
        var id = messageId ?? NewId.NextGuid();
        var endpoint = await Services.GetRequiredService<IBus>().GetSendEndpoint(new Uri($"queue:{Queue}"));
        await endpoint.Send(message, c => c.MessageId = id);
        return id;
    }

    public async Task<RecordedRun?> FindRunAsync(Guid messageId)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RunRecorder>().FindByMessageAsync(messageId, CancellationToken.None);
    }

    /// <summary>Messages in this worker's error queue (none when the queue was never created).</summary>
    public async Task<uint> ErrorQueueDepthAsync()
    {
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(MessagingNames.ErrorQueue(Queue))).MessageCount;
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
        {
            return 0;
        }
    }

    /// <summary>
    /// A message put on this worker's queue by the broker client itself, so it can lack what MassTransit would
    /// always stamp on it (a message id).
    /// </summary>
    public async Task PublishRawAsync(byte[] body, string contentType)
    {
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.BasicPublishAsync("", Queue, mandatory: true, new BasicProperties { ContentType = contentType, Persistent = true }, body);
    }

    /// <summary>The headers MassTransit put on the first message of the error queue (left there), once one arrives.</summary>
    public async Task<IReadOnlyDictionary<string, string?>> ErrorQueueHeadersAsync(TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (await ErrorQueueDepthAsync() == 0 && clock.Elapsed < timeout)
            await Task.Delay(50);
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        var got = await channel.BasicGetAsync(MessagingNames.ErrorQueue(Queue), autoAck: false)
            ?? throw new TimeoutException($"Nothing reached {MessagingNames.ErrorQueue(Queue)} within {timeout}.");
        await channel.BasicNackAsync(got.DeliveryTag, multiple: false, requeue: true);
        return (got.BasicProperties.Headers ?? new Dictionary<string, object?>()).ToDictionary(
            h => h.Key, h => h.Value is byte[] bytes ? System.Text.Encoding.UTF8.GetString(bytes) : h.Value?.ToString(), StringComparer.Ordinal);
    }

    private async Task DeleteQueuesAsync()
    {
        await using var connection = await ConnectAsync();
        foreach (var name in new[] { Queue, MessagingNames.ErrorQueue(Queue), Queue + "_skipped" })
        {
            await using var channel = await connection.CreateChannelAsync();
            await channel.QueueDeleteAsync(name);
            await channel.ExchangeDeleteAsync(name);
        }
    }

    private Task<IConnection> ConnectAsync()
    {
        var o = _rabbit ?? throw new InvalidOperationException("The worker host has not started.");
        return new ConnectionFactory { HostName = o.Host, Port = o.Port, VirtualHost = o.VirtualHost, UserName = o.Username, Password = o.Password }
            .CreateConnectionAsync();
    }
}
