using ContractIntel.Health;
using ContractIntel.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContractIntel.IntegrationTests.Messaging;

/// <summary>What <c>contractintel health</c> runs, against the real servers and against ports nothing listens on.</summary>
public sealed class HealthCheckTests
{
    private static async Task<HealthReport> CheckAsync(Dictionary<string, string?>? overrides = null)
    {
        ServerEnvironment.Require();
        var builder = ContractIntelHost.CreateBuilder();
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        builder.AddHealth();
        using var host = builder.Build();
        return await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
    }

    [Fact]
    public async Task Health_RunningServers_BothHealthy()
    {
        var report = await CheckAsync();

        Assert.Equal(HealthStatus.Healthy, report.Entries[HealthExtensions.DatabaseCheck].Status);
        Assert.Equal(HealthStatus.Healthy, report.Entries[HealthExtensions.BrokerCheck].Status);
        Assert.Equal("contractintel_worker", report.Entries[HealthExtensions.DatabaseCheck].Data["user"]);
    }

    [Fact]
    public async Task Health_NothingListening_BothUnhealthyWithTheAddress()
    {
        var report = await CheckAsync(new()
        {
            [DatabaseHealthCheck.ConnectionStringKey] = "Host=127.0.0.1;Port=1;Database=contractintel;Username=contractintel_worker;Password=x",
            ["ContractIntel:RabbitMq:Port"] = "1",
        });

        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Contains("127.0.0.1:1", report.Entries[HealthExtensions.DatabaseCheck].Description, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:1", report.Entries[HealthExtensions.BrokerCheck].Description, StringComparison.Ordinal);
    }
}
