namespace ContractIntel.Verbs;

/// <summary>The table of contents of the <c>contractintel</c> executable: one verb, one class.</summary>
public static class Cli
{
    private const string Usage = """
        contractintel VERB [options]

          worker                       consume process-document from RabbitMQ (never migrates)
          submit FILES|DIRS [--wait]   publish documents to the queue; --wait prints a table per document
          process FILES [--json]       run the pipeline in-process: no broker, no database
          migrate [--script FILE]      apply the EF Core migrations (or write the idempotent SQL script)
          reprocess --document ID | --all-with-model NAME@VERSION
          eval sentiment|clauses|fields ...   evaluation on held-out data (see README)
          audit verify|checkpoint ...  verify the hash chain (or --pack FILE offline), or print/append its head
          models list | extract-base --out DIR   the model cards; the base encoder for training/
          bench encoder [--data FILE]  encoder sentences/s: single fp32, batched fp32, batched int8
          bench text [--sizes 1,5,50]  ms per MB of read, segment and fields at each text size
          bench pipeline FILES|DIRS [--json]   wall and CPU per stage, pages/s, peak RSS: fp32 and int8
          health                       check the database and the broker (exit 0 when both answer)
          serve [--url URL]            the auditors' read-only web viewer (default http://127.0.0.1:5080)
          replay [--dry-run] [--limit N]   move process-document_error back to process-document
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
        var rest = args[1..];
        try
        {
            return args[0] switch
            {
                "process" => await Process.ProcessVerb.RunAsync(rest, cts.Token),
                "eval" => await Eval.EvalVerb.RunAsync(rest, cts.Token),
                "models" => await Models.ModelsVerb.RunAsync(rest, cts.Token),
                "bench" => await Models.BenchVerb.RunAsync(rest, cts.Token),
                "migrate" => await Persistence.MigrateVerb.RunAsync(rest, cts.Token),
                "audit" => await Audit.AuditVerb.RunAsync(rest, cts.Token),
                "reprocess" => await Persistence.ReprocessVerb.RunAsync(rest, cts.Token),
                "worker" => await WorkerVerb.RunAsync(rest, cts.Token),
                "submit" => await SubmitVerb.RunAsync(rest, cts.Token),
                "health" => await HealthVerb.RunAsync(rest, cts.Token),
                "serve" => await Viewer.ServeVerb.RunAsync(rest, cts.Token),
                "replay" => await ReplayVerb.RunAsync(rest, cts.Token),
                // Hidden: the isolated reader's child process, started by IsolatedDocumentReader.
                Reading.ReadDocumentVerb.Name => await Reading.ReadDocumentVerb.RunAsync(rest, cts.Token),
                _ => throw new CliException($"Unknown verb '{args[0]}'.\n\n{Usage}"),
            };
        }
        catch (CliException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
    }
}
