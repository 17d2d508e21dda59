using ContractIntel.Hosting;
using Microsoft.Extensions.Hosting;

namespace ContractIntel.Verbs;

/// <summary><c>contractintel worker</c>: consume <c>process-document</c> until stopped. Never migrates.</summary>
public static class WorkerVerb
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        // Remaining arguments are configuration overrides (--ContractIntel:Worker:ConcurrentMessageLimit=2).
        var builder = ContractIntelHost.CreateBuilder(args).AddWorker();
        using var host = builder.Build();
        await host.RunAsync(cancellationToken);
        return 0;
    }
}
