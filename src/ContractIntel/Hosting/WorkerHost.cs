using ContractIntel.Health;
using ContractIntel.Messaging;
using ContractIntel.Persistence;
using Microsoft.Extensions.Hosting;

namespace ContractIntel.Hosting;

/// <summary>The worker's composition, shared by <c>contractintel worker</c> and the integration tests.</summary>
public static class WorkerHost
{
    public static TBuilder AddWorker<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddTelemetry();
        builder.AddExtraction();
        builder.AddPersistence();
        builder.AddMessaging();
        builder.AddHealth();
        return builder;
    }
}
