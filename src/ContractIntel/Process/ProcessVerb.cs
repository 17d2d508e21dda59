using System.Text.Json;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Pipeline;
using ContractIntel.Jail;
using ContractIntel.Reading;
using ContractIntel.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ContractIntel.Process;

/// <summary>
/// <c>contractintel process FILES [--json]</c> (Commands/ProcessCommand.cs): the pipeline in-process, no broker and
/// no database. The JSON is a stable interface for scripts: see README "process --json".
/// </summary>
public static class ProcessVerb
{
    /// <param name="host">A host with AddExtraction: the pipeline and limits the worker would use.</param>
    public static async Task<int> RunAsync(IHost host, IReadOnlyList<string> files, string kind, bool sentiment, bool json, CancellationToken cancellationToken)
    {
        var pipeline = host.Services.GetRequiredService<DocumentPipeline>();
        var limits = host.Services.GetRequiredService<ExtractionLimits>();
        if (host.Services.GetRequiredService<IDocumentReader>() is IsolatedDocumentReader isolated) isolated.ExpectAtMost(files.Count);

        // Every file gets an entry: a bad one is recorded and the batch goes on.
        var documents = new List<ProcessJson.ProcessedDocument>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetFileName(file);
            var entry = ProcessOne(pipeline, limits, file, name, kind, sentiment, out var line);
            documents.Add(entry);
            // The JSON comes at the end; meanwhile stderr says how far the batch has got.
            if (json) await Console.Error.WriteLineAsync($"{documents.Count}/{files.Count} {ConsoleText.Escape(line)}");
            else Console.WriteLine(ConsoleText.Escape(line));
        }
        if (json)
        {
            await using var stdout = Console.OpenStandardOutput();
            await JsonSerializer.SerializeAsync(stdout, new ProcessJson.ProcessOutput(documents), ProcessJson.Options, cancellationToken);
            await stdout.WriteAsync("\n"u8.ToArray(), cancellationToken);
        }
        return documents.All(d => d.Status == RunStatusCodes.Succeeded) ? 0 : 1;
    }

    private static ProcessJson.ProcessedDocument ProcessOne(DocumentPipeline pipeline, ExtractionLimits limits, string file, string name,
        string kind, bool sentiment, out string line)
    {
        // Same rules as the inbox, minus the folder: no FIFO blocks, no device is read, at most the limit plus one byte.
        var read = BoundedFile.Read(file, jailRoot: null, limits.MaxBytes);
        if (read.Bytes is null)
        {
            line = $"failed  {name}  {read.ReasonCode}: {read.ReasonMessage}";
            return ProcessJson.Refused(name, read.ReasonCode!, read.ReasonMessage!);
        }
        try
        {
            var result = pipeline.Run(new DocumentInput(read.Bytes, name, null, kind, sentiment));
            line = ProcessSummary.Line(result);
            return ProcessJson.Document(result);
        }
        catch (InvalidOperationException e)
        {
            // A bug (the reader process reported an internal error): not the document's fault, but one file must
            // not end the batch. Reported by type only; the worker would retry it and then park it in the error queue.
            line = $"failed  {name}  internal_error: {e.GetType().Name}";
            return ProcessJson.Refused(name, "internal_error", e.Message);
        }
    }
}
