using ContractIntel.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ContractIntel.Health;

public static class HealthExtensions
{
    public const string DatabaseCheck = "database";
    public const string BrokerCheck = "broker";

    /// <summary>Checks of the two servers the service needs; the worker registers them and the <c>health</c> verb runs them.</summary>
    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRabbitMqOptions();
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>(DatabaseCheck, tags: ["ready"], timeout: TimeSpan.FromSeconds(10))
            .AddCheck<RabbitMqHealthCheck>(BrokerCheck, tags: ["ready"], timeout: TimeSpan.FromSeconds(10));
        return builder;
    }
}
