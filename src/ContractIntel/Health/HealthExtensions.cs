using ContractIntel.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ContractIntel.Health;

public static class HealthExtensions
{
    public const string BrokerCheck = "broker";

    /// <summary>
    /// The broker check. The database check ("database": the worker login opens and the schema is migrated)
    /// comes with <c>AddPersistence</c>, so a host that talks to both servers gets both.
    /// </summary>
    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRabbitMqOptions();
        builder.Services.AddHealthChecks()
            .AddCheck<RabbitMqHealthCheck>(BrokerCheck, tags: ["ready"], timeout: TimeSpan.FromSeconds(10));
        return builder;
    }
}
