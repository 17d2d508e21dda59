using System.CommandLine;
using System.Globalization;
using ContractIntel.Health;
using ContractIntel.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ContractIntel.Commands;

/// <summary><c>contractintel health</c>: checks the database and the broker, prints one line each, exits 0 only when both are healthy.</summary>
public static class HealthCommand
{
    public static Command Create()
    {
        var command = new Command("health", "Check the database and the broker: one line each, exit 0 when both answer, 1 otherwise.");
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var builder = CommonOptions.CreateBuilder(parse);
        builder.AddHealth();
        // The printed line already says what failed; the service's own log would repeat it with a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None);
        using var host = builder.BuildValidated();
        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(cancellationToken);
        var output = parse.InvocationConfiguration.Output;
        foreach (var (name, entry) in report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var data = string.Join(" ", entry.Data.Select(d => $"{d.Key}={d.Value}"));
            var cause = entry.Exception?.GetBaseException().Message;
            if (cause is not null && entry.Description?.Contains(cause, StringComparison.Ordinal) != true)
                data = (cause + " " + data).TrimEnd();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{name,-9} {entry.Status,-9} {entry.Duration.TotalMilliseconds,6:F0} ms  {entry.Description}{(data.Length > 0 ? "  " + data : "")}"));
        }
        await output.WriteLineAsync($"status: {report.Status}");
        return (int)(report.Status == HealthStatus.Healthy ? ExitCode.Success : ExitCode.Failure);
    }
}
