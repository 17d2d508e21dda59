using ContractIntel.Contracts;
using ContractIntel.Data.Runs;
using ContractIntel.Extraction.Pipeline;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace ContractIntel.Messaging;

/// <summary>
/// Load, run the pipeline, record, publish. Idempotent per message id: a redelivery finds its recording and only
/// publishes the event again. Permanent problems end in a failure event and a normal return; anything else
/// throws, and the endpoint's retry and then the error queue take over.
/// </summary>
public sealed class ProcessDocumentConsumer(
    DocumentLoader loader,
    DocumentPipeline pipeline,
    RunRecorder recorder,
    RejectionRecorder rejections,
    RunProvenance provenance,
    CommittedFiles committedFiles,
    TimeProvider time,
    ILogger<ProcessDocumentConsumer> logger) : IConsumer<ProcessDocument>
{
    public async Task Consume(ConsumeContext<ProcessDocument> context)
    {
        var message = context.Message;
        var ct = context.CancellationToken;
        var started = time.GetTimestamp();
        // MassTransit always stamps a message id on send; one without it could not be deduplicated.
        var messageId = context.MessageId ?? throw new InvalidOperationException("The message has no message id.");

        var earlier = await recorder.FindByMessageAsync(messageId, ct);
        if (earlier is not null)
        {
            MessagingMetrics.Redelivered.Add(1);
            ConsumerLog.Redelivered(logger, messageId, earlier.RunId, earlier.Version);
            committedFiles.Release(messageId, message);
            await PublishAsync(context, messageId, earlier);
            return;
        }

        var loaded = await loader.LoadAsync(message, ct);
        if (loaded.Content is null)
        {
            // No document, so no run: the rejection row is the record SQL users and auditors see.
            var rejected = await rejections.RecordAsync(messageId, loaded.ReasonCode!, loaded.ReasonMessage ?? loaded.ReasonCode!,
                loaded.FileName ?? "", SourceOf(message), message.MediaType, message.SubmittedBy ?? "", provenance.WorkerHost, ct);
            ConsumerLog.NotLoaded(logger, messageId, rejected.ReasonCode);
            await context.Publish(ProcessingEvents.NotLoaded(loaded), p => p.InitiatorId = messageId, ct);
            return;
        }

        var result = pipeline.Run(new DocumentInput(loaded.Content, loaded.FileName, message.MediaType, message.Kind, message.ScoreSentiment));
        var recorded = await recorder.RecordAsync(provenance.RequestFor(messageId, message, loaded), loaded.Content, result, ct);
        committedFiles.Release(messageId, message);
        var ms = time.GetElapsedTime(started).TotalMilliseconds;
        var sinceSent = SinceSentMs(context);
        if (sinceSent is { } sentMs && !recorded.Redelivered)
            MessagingMetrics.SentToCommitted.Record(sentMs);
        if (recorded.Redelivered)
            ConsumerLog.Redelivered(logger, messageId, recorded.RunId, recorded.Version);
        else if (ProcessingEvents.IsSuccess(recorded))
            ConsumerLog.Processed(logger, messageId, recorded.DocumentId, recorded.RunId, recorded.Version, recorded.Sha256,
                recorded.Pages, recorded.Segments, recorded.Clauses, recorded.Fields, ms, sinceSent ?? double.NaN);
        else
            ConsumerLog.Rejected(logger, messageId, recorded.DocumentId, recorded.RunId, recorded.Sha256, recorded.ReasonCode ?? recorded.Status.ToCode(), ms);
        await PublishAsync(context, messageId, recorded);
    }

    /// <summary>Where the message said the bytes were, for the rejection row (an address, never content).</summary>
    private static string SourceOf(ProcessDocument message)
    {
        if (message.DocumentId is { } id) return $"document:{id}";
        if (!string.IsNullOrEmpty(message.InboxPath)) return "inbox:" + message.InboxPath;
        try
        {
            return message.Content is { HasValue: true } c ? "claim_check:" + c.Address : "none";
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or MessageDataException)
        {
            return "claim_check:(unreadable address)";
        }
    }

    /// <summary>MassTransit stamps the sender's UTC clock on the envelope; null when the sender did not.</summary>
    private double? SinceSentMs(ConsumeContext context) =>
        context.SentTime is { } sent ? (time.GetUtcNow() - new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc))).TotalMilliseconds : null;

    /// <summary>After the commit, never before: a subscriber that sees the event can read the rows.</summary>
    private static Task PublishAsync(ConsumeContext context, Guid messageId, RecordedRun run) =>
        ProcessingEvents.IsSuccess(run)
            ? context.Publish(ProcessingEvents.Processed(run), p => p.InitiatorId = messageId, context.CancellationToken)
            : context.Publish(ProcessingEvents.Failed(run), p => p.InitiatorId = messageId, context.CancellationToken);
}
