using ContractIntel.Hosting;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ContractIntel.Verbs;

/// <summary><c>contractintel worker</c>: consume <c>process-document</c> until stopped. Never migrates.</summary>
public static class WorkerVerb
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        // Remaining arguments are configuration overrides (--ContractIntel:Worker:ConcurrentMessageLimit=2).
        var builder = ContractIntelHost.CreateBuilder(args).AddWorker();
        using var host = builder.Build();
        try
        {
            await host.RunAsync(cancellationToken);
            return 0;
        }
        catch (OptionsValidationException e)
        {
            // The host has logged it; a settings mistake is the operator's to fix, not a crash to dump.
            await Console.Error.WriteLineAsync("worker: invalid settings: " + e.Message);
            return 2;
        }
        catch (ConnectionException e)
        {
            // The bus waited its start timeout for the broker; a supervisor restarts the worker.
            await Console.Error.WriteLineAsync("worker: " + e.Message);
            return 1;
        }
    }
}
