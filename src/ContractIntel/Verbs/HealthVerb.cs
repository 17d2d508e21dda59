using System.Globalization;
using ContractIntel.Health;
using ContractIntel.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace ContractIntel.Verbs;

/// <summary><c>contractintel health</c>: checks the database and the broker, prints one line each, exits 0 only when both are healthy.</summary>
public static class HealthVerb
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (CliArgs.Parse(args, [], []).Positionals.Count > 0)
            throw new CliException("health takes no arguments.");
        var builder = ContractIntelHost.CreateBuilder(logsToStderr: true);
        builder.AddHealth();
        // The printed line already says what failed; the service's own log would repeat it with a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None);
        using var host = builder.Build();
        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(cancellationToken);
        foreach (var (name, entry) in report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var data = string.Join(" ", entry.Data.Select(d => $"{d.Key}={d.Value}"));
            var cause = entry.Exception?.GetBaseException().Message;
            if (cause is not null && entry.Description?.Contains(cause, StringComparison.Ordinal) != true)
                data = (cause + " " + data).TrimEnd();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-9} {entry.Status,-9} {entry.Duration.TotalMilliseconds,6:F0} ms  {entry.Description}{(data.Length > 0 ? "  " + data : "")}"));
        }
        Console.WriteLine($"status: {report.Status}");
        return report.Status == HealthStatus.Healthy ? 0 : 1;
    }
}
