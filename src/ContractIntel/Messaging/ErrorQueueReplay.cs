using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace ContractIntel.Messaging;

/// <summary>
/// Moves messages from <c>QUEUE_error</c> back to <c>QUEUE</c>: body and properties as they were (same message
/// id, so a message whose run was recorded after all only re-publishes its event), MassTransit's fault headers
/// removed. Each message is acknowledged on the error queue only after the broker confirmed its copy, so a crash
/// mid-way duplicates at worst, which the worker's idempotency absorbs. Only the messages present at the start
/// are moved: one that faults again during the replay waits for the next.
/// </summary>
public sealed class ErrorQueueReplay(RabbitMqOptions options)
{
    public sealed record Moved(string? MessageId, string? FaultType);

    public async Task<IReadOnlyList<Moved>> RunAsync(bool dryRun, int limit, CancellationToken ct)
    {
        var factory = new ConnectionFactory
        {
            HostName = options.Host, Port = options.Port, VirtualHost = options.VirtualHost,
            UserName = options.Username, Password = options.Password, ClientProvidedName = "contractintel-replay",
        };
        await using var connection = await factory.CreateConnectionAsync(ct);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);
        var errorQueue = MessagingNames.ErrorQueue(options.Queue);
        uint waiting;
        try
        {
            waiting = (await channel.QueueDeclarePassiveAsync(errorQueue, ct)).MessageCount;
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
        {
            return [];
        }
        var moved = new List<Moved>();
        for (var i = 0; i < Math.Min(waiting, (uint)limit); i++)
        {
            var got = await channel.BasicGetAsync(errorQueue, autoAck: false, ct);
            if (got is null) break;
            var faultType = got.BasicProperties.Headers?.TryGetValue("MT-Fault-ExceptionType", out var t) == true ? Text(t) : null;
            moved.Add(new Moved(got.BasicProperties.MessageId, faultType));
            // A dry run leaves every message unacknowledged: closing the channel puts them all back.
            if (dryRun) continue;
            var properties = new BasicProperties(got.BasicProperties);
            if (properties.Headers is { } headers)
            {
                foreach (var key in headers.Keys.Where(k => k.StartsWith("MT-Fault-", StringComparison.Ordinal) || k == "MT-Reason").ToList())
                    headers.Remove(key);
            }
            // The default exchange routes by queue name, whatever exchanges MassTransit bound to the queue.
            await channel.BasicPublishAsync("", options.Queue, mandatory: true, properties, got.Body, ct);
            await channel.BasicAckAsync(got.DeliveryTag, multiple: false, ct);
        }
        return moved;
    }

    private static string? Text(object? value) => value switch
    {
        byte[] bytes => System.Text.Encoding.UTF8.GetString(bytes),
        _ => value?.ToString(),
    };
}
