using ContractIntel.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ContractIntel.Tests.Messaging;

/// <summary>
/// MassTransit 8.4+ reports usage to its vendor some minutes after start, too late for the integration test that
/// watches the worker's sockets: the option itself is checked here, on the bus every process builds.
/// </summary>
public sealed class UsageTelemetryTests
{
    [Fact]
    public void AddBus_TurnsMassTransitUsageTelemetryOff()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.AddBus(_ => { });
        using var host = builder.Build();

        Assert.False(host.Services.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value.Enabled);
    }
}
