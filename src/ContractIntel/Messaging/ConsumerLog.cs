using Microsoft.Extensions.Logging;

namespace ContractIntel.Messaging;

/// <summary>The worker's log events: ids, hashes, counts and durations only, never document text or extracted values.</summary>
internal static partial class ConsumerLog
{
    [LoggerMessage(1001, LogLevel.Information,
        "Processed message {MessageId}: document {DocumentId} run {RunId} v{RunVersion} sha256 {Sha256}, {Pages} pages, {Segments} segments, {Clauses} clauses, {Fields} fields in {ElapsedMs:F0} ms, committed {SentToCommittedMs:F0} ms after send")]
    public static partial void Processed(ILogger logger, Guid messageId, Guid documentId, Guid runId, int runVersion, string sha256,
        int pages, int segments, int clauses, int fields, double elapsedMs, double sentToCommittedMs);

    [LoggerMessage(1002, LogLevel.Warning,
        "Rejected message {MessageId}: document {DocumentId} run {RunId} sha256 {Sha256} failed with {ReasonCode} in {ElapsedMs:F0} ms")]
    public static partial void Rejected(ILogger logger, Guid messageId, Guid documentId, Guid runId, string sha256, string reasonCode, double elapsedMs);

    [LoggerMessage(1003, LogLevel.Information, "Message {MessageId} was already recorded as run {RunId} v{RunVersion}; publishing its event again")]
    public static partial void Redelivered(ILogger logger, Guid messageId, Guid runId, int runVersion);

    [LoggerMessage(1004, LogLevel.Warning, "Message {MessageId} names no usable document ({ReasonCode}); recorded in rejected_messages")]
    public static partial void NotLoaded(ILogger logger, Guid messageId, string reasonCode);

    [LoggerMessage(1000, LogLevel.Information,
        "Consuming {Queue}: {ConcurrentMessageLimit} at a time, prefetch {PrefetchCount}, {RetryLimit} retries before the error queue")]
    public static partial void Endpoint(ILogger logger, string queue, int concurrentMessageLimit, int prefetchCount, int retryLimit);
}
