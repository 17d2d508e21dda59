using System.Diagnostics;
using ContractIntel.Extraction.Pipeline;
using ContractIntel.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Trace;

namespace ContractIntel.Tests.Messaging;

public sealed class TelemetryTests
{
    [Fact]
    public void AddTelemetry_ListensToContractIntelMassTransitAndNpgsqlSources()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.AddTelemetry();
        using var host = builder.Build();

        // The tracer provider subscribes to its sources when it is built.
        Assert.NotNull(host.Services.GetService<TracerProvider>());
        Assert.True(ContractIntelTelemetry.Source.HasListeners(), "ContractIntel");
        using var massTransit = new ActivitySource(TelemetryExtensions.MassTransitSource);
        Assert.True(massTransit.HasListeners(), "MassTransit");
        using var npgsql = new ActivitySource("Npgsql");
        Assert.True(npgsql.HasListeners(), "Npgsql");
    }
}
