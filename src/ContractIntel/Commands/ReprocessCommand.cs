using System.CommandLine;
using ContractIntel.Data;
using ContractIntel.Data.Runs;
using ContractIntel.Messaging.Submission;
using ContractIntel.Hosting;
using ContractIntel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ContractIntel.Commands;

/// <summary>
/// <c>contractintel reprocess --document ID | --all-with-model NAME@VERSION [--by NAME]</c>: one process-document
/// message per stored document, through <see cref="DocumentResubmitter"/>. Each becomes a new run, a new version;
/// old runs stay as they are. Exit 1 when no stored document matches.
/// </summary>
public static class ReprocessCommand
{
    public static readonly Option<Guid?> Document = OptionRules.Id("--document", "The stored document to run again");

    public static readonly Option<string?> AllWithModel = CreateAllWithModel();

    public static readonly Option<string> By = new("--by")
    {
        Description = "Recorded as the submitter", HelpName = "NAME", DefaultValueFactory = _ => $"reprocess:{Environment.UserName}",
    };

    public static Command Create()
    {
        var command = new Command("reprocess", "Queue stored documents for a new run (a new version; old runs stay).") { Document, AllWithModel, By };
        command.Validators.Add(r =>
        {
            if ((r.GetResult(Document) is null) == (r.GetResult(AllWithModel) is null))
                r.AddError("Give one of --document ID or --all-with-model NAME@VERSION.");
        });
        command.SetAction(RunAsync);
        return command;
    }

    private static Option<string?> CreateAllWithModel()
    {
        var option = new Option<string?>("--all-with-model") { Description = "Every stored document last run with this model", HelpName = "NAME@VERSION" };
        option.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string?>() ?? "";
            var at = value.LastIndexOf('@');
            if (at <= 0 || at == value.Length - 1) r.AddError($"--all-with-model needs NAME@VERSION, not '{value}'.");
        });
        return option;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var builder = CommonOptions.CreateBuilder(parse);
        builder.AddPersistence();
        builder.AddSubmission(listen: false);
        using var host = builder.BuildValidated();
        IReadOnlyList<ReprocessCandidate> candidates;
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<ContractIntelDbContext>>().CreateDbContextAsync(ct))
        {
            var model = parse.GetValue(AllWithModel) ?? "";
            var at = model.LastIndexOf('@');
            candidates = parse.GetValue(Document) is { } documentId
                ? await ReprocessSelection.ForDocumentAsync(db, documentId, ct)
                : await ReprocessSelection.WithModelAsync(db, model[..at], model[(at + 1)..], ct);
        }
        if (candidates.Count == 0)
        {
            await Console.Error.WriteLineAsync("no stored document matches (purged or over the size limit documents have no bytes to reprocess)");
            return (int)ExitCode.Failure;
        }
        await host.StartAsync(ct);
        try
        {
            var resubmitter = host.Services.GetRequiredService<DocumentResubmitter>();
            var by = parse.GetValue(By)!;
            foreach (var c in candidates)
            {
                await resubmitter.ResubmitAsync(c, by, ct);
                Console.WriteLine($"queued {c.DocumentId} {c.FileName}");
            }
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
        Console.WriteLine($"queued {candidates.Count} document(s) for a new run");
        return (int)ExitCode.Success;
    }
}
