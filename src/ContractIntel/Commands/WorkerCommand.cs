using System.CommandLine;
using ContractIntel.Hosting;
using Microsoft.Extensions.Hosting;

namespace ContractIntel.Commands;

/// <summary><c>contractintel worker</c>: consume <c>process-document</c> until stopped. Never migrates.</summary>
public static class WorkerCommand
{
    public static Command Create()
    {
        var command = new Command("worker", "Consume process-document from RabbitMQ until stopped (never migrates). " +
            "An unreachable broker at start exits 1, invalid settings exit 2.");
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        // The worker logs to stdout, as a service does; its supervisor collects it.
        using var host = CommonOptions.CreateBuilder(parse, logsToStderr: false).AddWorker().Build();
        await host.RunAsync(cancellationToken);
        return (int)ExitCode.Success;
    }
}
