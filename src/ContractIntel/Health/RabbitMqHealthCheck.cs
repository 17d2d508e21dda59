using ContractIntel.Messaging;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace ContractIntel.Health;

/// <summary>
/// The broker accepts a connection with the configured credentials. The command queue's depth and consumer
/// count are reported as data: a queue that does not exist yet only means no worker has started.
/// </summary>
public sealed class RabbitMqHealthCheck(IOptions<RabbitMqOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var address = $"amqp://{o.Host}:{o.Port}{(o.VirtualHost.StartsWith('/') ? "" : "/")}{o.VirtualHost}";
        var factory = new ConnectionFactory
        {
            HostName = o.Host,
            Port = o.Port,
            VirtualHost = o.VirtualHost,
            UserName = o.Username,
            Password = o.Password,
            ClientProvidedName = "contractintel-health",
            RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
            AutomaticRecoveryEnabled = false,
        };
        try
        {
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);
            var data = new Dictionary<string, object> { ["broker"] = address, ["queue"] = o.Queue };
            await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            try
            {
                var queue = await channel.QueueDeclarePassiveAsync(o.Queue, cancellationToken);
                data["messages"] = queue.MessageCount;
                data["consumers"] = queue.ConsumerCount;
            }
            catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
            {
                data["messages"] = "queue not declared yet";
            }
            return HealthCheckResult.Healthy("RabbitMQ accepts connections.", data);
        }
        catch (BrokerUnreachableException e)
        {
            return HealthCheckResult.Unhealthy($"RabbitMQ at {address}: {e.GetBaseException().Message}", e);
        }
        catch (Exception e) when (e is OperationInterruptedException or AuthenticationFailureException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"RabbitMQ at {address}: {e.Message}", e);
        }
    }
}
