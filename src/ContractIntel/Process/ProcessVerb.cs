using System.Text.Json;
using ContractIntel.Extraction.Pipeline;
using ContractIntel.Hosting;
using ContractIntel.Verbs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ContractIntel.Process;

/// <summary>
/// <c>contractintel process FILES [--json]</c>: the pipeline in-process, no broker and no database. The JSON is a
/// stable interface for scripts: see README "process --json".
/// </summary>
public static class ProcessVerb
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var cli = CliArgs.Parse(args, flags: ["json"], options: ["kind", "sentiment"]);
        var files = InputFiles.Expand(cli.Positionals);
        if (files.Count == 0) throw new CliException("process: name at least one file or folder.");
        var kind = cli.Get("kind") ?? "auto";
        if (!Contracts.DocumentKinds.IsValid(kind)) throw new CliException("--kind must be contract, filing or auto.");

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.AddExtraction();
        using var host = builder.Build();
        var pipeline = host.Services.GetRequiredService<DocumentPipeline>();

        var results = new List<PipelineResult>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
            var result = pipeline.Run(new DocumentInput(bytes, Path.GetFileName(file), null, kind, cli.Get("sentiment") == "on"));
            results.Add(result);
            if (!cli.Has("json")) Console.WriteLine(ProcessSummary.Line(result));
        }
        if (cli.Has("json"))
        {
            await using var stdout = Console.OpenStandardOutput();
            await JsonSerializer.SerializeAsync(stdout, ProcessJson.From(results), ProcessJson.Options, cancellationToken);
            await stdout.WriteAsync("\n"u8.ToArray(), cancellationToken);
        }
        return results.All(r => r.Succeeded) ? 0 : 1;
    }
}
