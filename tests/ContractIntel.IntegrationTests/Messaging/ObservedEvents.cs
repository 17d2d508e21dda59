using System.Diagnostics;
using ContractIntel.Contracts;
using MassTransit;

namespace ContractIntel.IntegrationTests.Messaging;

/// <summary>Outcome events seen on the test's temporary queue, keyed by the command's message id (their initiator id).</summary>
internal sealed class ObservedEvents
{
    private readonly Lock _gate = new();
    private readonly List<(Guid InitiatorId, object Event)> _events = [];

    public void Add(Guid? initiatorId, object message)
    {
        if (initiatorId is not { } id) return;
        lock (_gate) _events.Add((id, message));
    }

    public IReadOnlyList<object> For(Guid messageId)
    {
        lock (_gate) return _events.Where(e => e.InitiatorId == messageId).Select(e => e.Event).ToList();
    }

    /// <summary>Waits until <paramref name="count"/> events answer <paramref name="messageId"/>; a missing event fails the test with what did arrive.</summary>
    public async Task<IReadOnlyList<object>> WaitAsync(Guid messageId, int count = 1, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(90);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var seen = For(messageId);
            if (seen.OfType<Fault<ProcessDocument>>().Any())
                throw new InvalidOperationException($"Message {messageId} faulted: {string.Join(", ", seen.Select(Describe))}.");
            if (seen.Count >= count) return seen;
            if (waited.Elapsed > limit)
                throw new TimeoutException($"Expected {count} outcome event(s) for message {messageId}, saw {seen.Count}: {string.Join(", ", seen.Select(Describe))}.");
            await Task.Delay(25);
        }
    }

    public async Task<DocumentProcessed> ProcessedAsync(Guid messageId) =>
        await WaitAsync(messageId) is [DocumentProcessed processed, ..] ? processed
            : throw new InvalidOperationException($"Message {messageId} ended with {Describe(For(messageId)[0])}.");

    public async Task<DocumentProcessingFailed> FailedAsync(Guid messageId) =>
        await WaitAsync(messageId) is [DocumentProcessingFailed failed, ..] ? failed
            : throw new InvalidOperationException($"Message {messageId} ended with {Describe(For(messageId)[0])}, not a failure.");

    private static string Describe(object e) => e switch
    {
        DocumentProcessed p => $"DocumentProcessed(run {p.RunId} v{p.RunVersion})",
        DocumentProcessingFailed f => $"DocumentProcessingFailed({f.ReasonCode}: {f.Message})",
        Fault<ProcessDocument> f => $"Fault({string.Join("; ", f.Exceptions.Select(x => x.ExceptionType + ": " + x.Message))})",
        _ => e.GetType().Name,
    };
}
