using System.CommandLine;
using ContractIntel.Contracts;
using ContractIntel.Hosting;
using ContractIntel.Jail;
using ContractIntel.Messaging.Submission;
using ContractIntel.Persistence;
using ContractIntel.Process;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ContractIntel.Commands;

/// <summary>
/// <c>contractintel submit FILES|DIRS</c>: one process-document message per file. Exit 0 when every document was
/// sent and reached an outcome (a failed document is an outcome), 1 when one could not be sent, timed out or ended
/// in the error queue.
/// </summary>
public static class SubmitCommand
{
    public static readonly Argument<string[]> Paths = OptionRules.Paths();

    public static readonly Option<bool> Wait = new("--wait") { Description = "Wait for each outcome and print a table of results (progress on stderr)" };

    public static readonly Option<string> Kind = KindOption.Create();

    public static readonly Option<string?> Matter = new("--matter") { Description = "The matter the documents belong to" };

    public static readonly Option<string> SubmittedBy = new("--submitted-by")
    {
        Description = "Who submitted them (recorded with each run)", HelpName = "NAME", DefaultValueFactory = _ => Environment.UserName,
    };

    public static readonly Option<bool> ClaimCheck = new("--claim-check") { Description = "Put the bytes in the shared claim-check store instead of the inbox" };

    public static readonly Option<double> Timeout = CreateTimeout();

    public static Command Create()
    {
        var command = new Command("submit", "Send documents to the worker's queue; --wait prints a table per document.")
        {
            Paths, Wait, Kind, Matter, SubmittedBy, ClaimCheck, Timeout,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private static Option<double> CreateTimeout()
    {
        return new Option<double>("--timeout") { Description = "With --wait: seconds to wait for all outcomes", HelpName = "SECONDS", DefaultValueFactory = _ => 600 }
            .Check(t => t > 0, "--timeout takes a positive number of seconds.");
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var files = InputFiles.Expand(parse.GetValue(Paths)!);
        var settings = new SubmitSettings(parse.GetValue(SubmittedBy)!, parse.GetValue(Kind)!, parse.GetValue(Matter), parse.GetValue(ClaimCheck));
        var wait = parse.GetValue(Wait);

        var builder = CommonOptions.CreateBuilder(parse);
        builder.AddSubmission(listen: wait);
        // The table is read from the database (the worker login): the run recorded under each message id.
        if (wait) builder.AddPersistence();
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        try
        {
            var submitter = host.Services.GetRequiredService<DocumentSubmitter>();
            var submitted = new List<(SubmittedDocument, Task<SubmissionOutcome>)>();
            var notSent = 0;
            foreach (var file in files)
            {
                // One unreadable file (a name that is not UTF-8, a FIFO, a vanished file) is reported and skipped;
                // the rest of the batch is still sent, and the exit code says so at the end.
                var sent = await TrySubmitAsync(submitter, file, settings, cancellationToken);
                if (sent is null) { notSent++; continue; }
                submitted.Add(sent.Value);
                var line = $"{sent.Value.Document.MessageId}  {sent.Value.Document.Sha256[..12]}  {ConsoleText.Escape(file, ConsoleText.DefaultMaxLength)}";
                if (wait) await Console.Error.WriteLineAsync($"sent {submitted.Count}/{files.Count} {line}");
                else Console.WriteLine(line);
            }
            if (!wait)
                return (int)(notSent == 0 ? ExitCode.Success : ExitCode.Failure);
            var waiter = host.Services.GetRequiredService<SubmissionWaiter>();
            var rows = await waiter.WaitAsync(submitted, TimeSpan.FromSeconds(parse.GetValue(Timeout)), Console.Error, cancellationToken);
            Console.Write(ResultTable.Format(rows));
            return (int)(notSent == 0 && rows.All(r => r.Status is SubmissionOutcome.Succeeded or SubmissionOutcome.Failed) ? ExitCode.Success : ExitCode.Failure);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<(SubmittedDocument Document, Task<SubmissionOutcome> Outcome)?> TrySubmitAsync(
        DocumentSubmitter submitter, string file, SubmitSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            return await submitter.SubmitAsync(file, settings, cancellationToken);
        }
        catch (Exception e) when (e is InputRefusedException or IOException or UnauthorizedAccessException)
        {
            var reason = e is InputRefusedException r ? r.ReasonCode : e.GetType().Name;
            await Console.Error.WriteLineAsync($"not sent  {ConsoleText.Escape(file, ConsoleText.DefaultMaxLength)}  {reason}: {ConsoleText.Escape(e.Message, 300)}");
            return null;
        }
    }
}
