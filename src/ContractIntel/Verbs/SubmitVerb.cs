using System.Globalization;
using ContractIntel.Contracts;
using ContractIntel.Hosting;
using ContractIntel.Jail;
using ContractIntel.Messaging.Submission;
using ContractIntel.Persistence;
using ContractIntel.Process;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace ContractIntel.Verbs;

/// <summary>
/// <c>contractintel submit FILES|DIRS [--wait] [--kind K] [--matter M] [--submitted-by NAME] [--claim-check] [--timeout S]</c>.
/// Exit 0 when every document was sent and reached an outcome (a failed document is an outcome), 1 when one could
/// not be sent, timed out or ended in the error queue.
/// </summary>
public static class SubmitVerb
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var a = CliArgs.Parse(args, ["wait", "claim-check"], ["kind", "matter", "submitted-by", "timeout"]);
        if (a.Positionals.Count == 0)
            throw new CliException("submit needs at least one file or directory.");
        var files = InputFiles.Expand(a.Positionals);
        var kind = a.Get("kind") ?? DocumentKinds.Auto;
        if (!DocumentKinds.IsValid(kind))
            throw new CliException("--kind must be contract, filing or auto.");
        if (!double.TryParse(a.Get("timeout") ?? "600", NumberStyles.Float, CultureInfo.InvariantCulture, out var timeoutSeconds) || timeoutSeconds <= 0)
            throw new CliException("--timeout takes a positive number of seconds.");
        var settings = new SubmitSettings(a.Get("submitted-by") ?? Environment.UserName, kind, a.Get("matter"), a.Has("claim-check"));
        var wait = a.Has("wait");

        var builder = ContractIntelHost.CreateBuilder(logsToStderr: true);
        builder.AddSubmission(listen: wait);
        // The table is read from the database (the worker login): the run recorded under each message id.
        if (wait) builder.AddPersistence();
        using var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (ConnectionException e)
        {
            await Console.Error.WriteLineAsync("submit: " + e.Message);
            return 1;
        }
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
                if (wait) await Console.Error.WriteLineAsync("sent " + line);
                else Console.WriteLine(line);
            }
            if (!wait)
                return notSent == 0 ? 0 : 1;
            var waiter = host.Services.GetRequiredService<SubmissionWaiter>();
            var rows = await waiter.WaitAsync(submitted, TimeSpan.FromSeconds(timeoutSeconds), Console.Error, cancellationToken);
            Console.Write(ResultTable.Format(rows));
            return notSent == 0 && rows.All(r => r.Status is SubmissionOutcome.Succeeded or SubmissionOutcome.Failed) ? 0 : 1;
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
