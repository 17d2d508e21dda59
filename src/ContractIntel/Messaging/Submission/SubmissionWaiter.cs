using System.Globalization;
using ContractIntel.Data.Runs;
using ContractIntel.Jail;
using Microsoft.Extensions.DependencyInjection;

namespace ContractIntel.Messaging.Submission;

/// <summary>
/// Waits for each submitted message's outcome, from the worker's events or, should one be missed, from the
/// database (the run recorded under the message id), then reads every row of the table from the database.
/// </summary>
public sealed class SubmissionWaiter(IServiceScopeFactory scopes, TimeProvider time)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    public async Task<IReadOnlyList<SubmissionRow>> WaitAsync(
        IReadOnlyList<(SubmittedDocument Document, Task<SubmissionOutcome> Outcome)> submitted,
        TimeSpan timeout, TextWriter progress, CancellationToken cancellationToken)
    {
        var outcomes = new SubmissionOutcome?[submitted.Count];
        var started = time.GetTimestamp();
        var done = 0;
        var lastPoll = started;
        while (done < submitted.Count && time.GetElapsedTime(started) < timeout)
        {
            var pending = submitted.Select((s, i) => (s, i)).Where(x => outcomes[x.i] is null).ToList();
            var wake = Task.Delay(PollInterval, time, cancellationToken);
            await Task.WhenAny(pending.Select(p => (Task)p.s.Outcome).Append(wake));
            cancellationToken.ThrowIfCancellationRequested();
            var poll = time.GetElapsedTime(lastPoll) >= PollInterval;
            if (poll) lastPoll = time.GetTimestamp();
            foreach (var (s, i) in pending)
            {
                var outcome = s.Outcome.IsCompletedSuccessfully ? s.Outcome.Result
                    : poll ? await FromDatabaseAsync(s.Document.MessageId, cancellationToken) : null;
                if (outcome is null) continue;
                outcomes[i] = outcome;
                done++;
                var seconds = time.GetElapsedTime(s.Document.SentTimestamp).TotalSeconds;
                await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"[{done}/{submitted.Count}] {outcome.Status,-9} {ConsoleText.Escape(Path.GetFileName(s.Document.Path), ConsoleText.DefaultMaxLength)} ({seconds:F2} s after send){(outcome.ReasonCode is null ? "" : " " + outcome.ReasonCode)}"));
            }
        }

        var rows = new List<SubmissionRow>(submitted.Count);
        for (var i = 0; i < submitted.Count; i++)
            rows.Add(await RowAsync(submitted[i].Document, outcomes[i], cancellationToken));
        return rows;
    }

    private async Task<SubmissionOutcome?> FromDatabaseAsync(Guid messageId, CancellationToken ct)
    {
        var run = await FindAsync(messageId, ct);
        if (run is null && await FindRejectedAsync(messageId, ct) is { } rejected)
            return new SubmissionOutcome(SubmissionOutcome.Failed, rejected.ReasonCode, rejected.ReasonMessage);
        return run is null ? null
            : ProcessingEvents.IsSuccess(run) ? new SubmissionOutcome(SubmissionOutcome.Succeeded, null, null)
            : new SubmissionOutcome(SubmissionOutcome.Failed, run.ReasonCode, run.ReasonMessage);
    }

    private async Task<RecordedRun?> FindAsync(Guid messageId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RunRecorder>().FindByMessageAsync(messageId, ct);
    }

    private async Task<RejectedMessage?> FindRejectedAsync(Guid messageId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RejectionRecorder>().FindAsync(messageId, ct);
    }

    /// <summary>The database is the record; an event alone (no run: a missing file, a fault) fills in what it can.</summary>
    private async Task<SubmissionRow> RowAsync(SubmittedDocument document, SubmissionOutcome? outcome, CancellationToken ct)
    {
        var file = Path.GetFileName(document.Path);
        var run = await FindAsync(document.MessageId, ct);
        if (run is not null)
        {
            var status = ProcessingEvents.IsSuccess(run) ? SubmissionOutcome.Succeeded : SubmissionOutcome.Failed;
            return new SubmissionRow(file, status, run.Pages, run.Segments, run.Clauses, run.Fields, run.Version, run.ReasonCode, document.MessageId);
        }
        if (await FindRejectedAsync(document.MessageId, ct) is { } rejected)
            return new SubmissionRow(file, SubmissionOutcome.Failed, null, null, null, null, null, rejected.ReasonCode, document.MessageId);
        return new SubmissionRow(file, outcome?.Status ?? SubmissionOutcome.Pending, null, null, null, null, null, outcome?.ReasonCode, document.MessageId);
    }
}
