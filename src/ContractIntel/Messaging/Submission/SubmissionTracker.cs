using System.Collections.Concurrent;

namespace ContractIntel.Messaging.Submission;

/// <summary>The submitter's outstanding messages; events for other submitters' messages are ignored.</summary>
public sealed class SubmissionTracker
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<SubmissionOutcome>> _pending = new();

    /// <summary>Call before sending, so an event that arrives first still finds its waiter.</summary>
    public Task<SubmissionOutcome> Expect(Guid messageId) =>
        _pending.GetOrAdd(messageId, _ => new TaskCompletionSource<SubmissionOutcome>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public bool Complete(Guid messageId, SubmissionOutcome outcome) =>
        _pending.TryGetValue(messageId, out var waiter) && waiter.TrySetResult(outcome);
}
