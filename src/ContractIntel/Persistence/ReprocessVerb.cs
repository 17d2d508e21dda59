using ContractIntel.Contracts;
using ContractIntel.Data;
using ContractIntel.Data.Runs;
using ContractIntel.Verbs;
using MassTransit;
using Microsoft.Extensions.Configuration;

namespace ContractIntel.Persistence;

/// <summary>
/// <c>contractintel reprocess --document ID | --all-with-model NAME@VERSION [--by NAME]</c>: sends one
/// <see cref="ProcessDocument"/> per stored document (DocumentId set, so the worker re-reads the stored bytes) to
/// the worker's queue. Each becomes a new run, a new version; old runs stay as they are.
/// </summary>
internal static class ReprocessVerb
{
    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var a = CliArgs.Parse(args, flags: [], options: ["document", "all-with-model", "by"]);
        var configuration = VerbConfiguration.Load();
        var database = VerbConfiguration.Database(configuration);
        await using var db = ContractIntelDatabase.Open(database.ConnectionString);
        var candidates = (a.Get("document"), a.Get("all-with-model")) switch
        {
            ({ } id, null) => Guid.TryParse(id, out var documentId)
                ? await ReprocessSelection.ForDocumentAsync(db, documentId, ct)
                : throw new CliException($"--document needs a uuid, not '{id}'."),
            (null, { } model) => await WithModelAsync(db, model, ct),
            _ => throw new CliException("usage: contractintel reprocess --document ID | --all-with-model NAME@VERSION [--by NAME]"),
        };
        if (candidates.Count == 0)
        {
            await Console.Error.WriteLineAsync("no stored document matches (purged or over the size limit documents have no bytes to reprocess)");
            return 1;
        }

        var submittedBy = a.Get("by") ?? $"reprocess:{Environment.UserName}";
        var rabbit = configuration.GetSection("ContractIntel:RabbitMq");
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(rabbit["Host"] ?? "127.0.0.1",
            ushort.Parse(rabbit["Port"] ?? "5672", System.Globalization.CultureInfo.InvariantCulture), rabbit["VirtualHost"] ?? "/", h =>
            {
                h.Username(rabbit["Username"] ?? "guest");
                h.Password(rabbit["Password"] ?? "guest");
            }));
        await bus.StartAsync(ct);
        try
        {
            var endpoint = await bus.GetSendEndpoint(new Uri($"queue:{rabbit["Queue"] ?? "process-document"}"));
            foreach (var c in candidates)
            {
                await endpoint.Send(new ProcessDocument
                {
                    DocumentId = c.DocumentId, FileName = c.FileName, Kind = c.RequestedKind, Matter = c.Matter, SubmittedBy = submittedBy,
                }, ct);
                Console.WriteLine($"queued {c.DocumentId} {c.FileName}");
            }
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
        }
        Console.WriteLine($"queued {candidates.Count} document(s) for a new run");
        return 0;
    }

    private static Task<IReadOnlyList<ReprocessCandidate>> WithModelAsync(ContractIntelDbContext db, string model, CancellationToken ct)
    {
        var at = model.LastIndexOf('@');
        return at <= 0 || at == model.Length - 1
            ? throw new CliException($"--all-with-model needs NAME@VERSION, not '{model}'.")
            : ReprocessSelection.WithModelAsync(db, model[..at], model[(at + 1)..], ct);
    }
}
