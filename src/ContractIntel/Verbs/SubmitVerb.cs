using System.Globalization;
using ContractIntel.Contracts;
using ContractIntel.Hosting;
using ContractIntel.Messaging.Submission;
using ContractIntel.Persistence;
using ContractIntel.Process;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace ContractIntel.Verbs;

/// <summary>
/// <c>contractintel submit FILES|DIRS [--wait] [--kind K] [--matter M] [--submitted-by NAME] [--claim-check] [--timeout S]</c>.
/// Exit 0 when every document reached an outcome (a failed document is an outcome), 1 when one timed out or
/// ended in the error queue.
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
            foreach (var file in files)
            {
                var sent = await submitter.SubmitAsync(file, settings, cancellationToken);
                submitted.Add(sent);
                var line = $"{sent.Document.MessageId}  {sent.Document.Sha256[..12]}  {file}";
                if (wait) await Console.Error.WriteLineAsync("sent " + line);
                else Console.WriteLine(line);
            }
            if (!wait)
                return 0;
            var waiter = host.Services.GetRequiredService<SubmissionWaiter>();
            var rows = await waiter.WaitAsync(submitted, TimeSpan.FromSeconds(timeoutSeconds), Console.Error, cancellationToken);
            Console.Write(ResultTable.Format(rows));
            return rows.All(r => r.Status is SubmissionOutcome.Succeeded or SubmissionOutcome.Failed) ? 0 : 1;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }
}
