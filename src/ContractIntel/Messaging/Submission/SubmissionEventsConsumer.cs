using ContractIntel.Contracts;
using MassTransit;

namespace ContractIntel.Messaging.Submission;

/// <summary>
/// Listens, on a temporary queue, for the outcome of this submitter's messages. The worker publishes its events
/// from the consume context, so their initiator id is the command's message id.
/// </summary>
public sealed class SubmissionEventsConsumer(SubmissionTracker tracker) :
    IConsumer<DocumentProcessed>, IConsumer<DocumentProcessingFailed>, IConsumer<Fault<ProcessDocument>>
{
    public Task Consume(ConsumeContext<DocumentProcessed> context)
    {
        if (context.InitiatorId is { } id)
            tracker.Complete(id, new SubmissionOutcome(SubmissionOutcome.Succeeded, null, null));
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<DocumentProcessingFailed> context)
    {
        if (context.InitiatorId is { } id)
            tracker.Complete(id, new SubmissionOutcome(SubmissionOutcome.Failed, context.Message.ReasonCode, context.Message.Message));
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<Fault<ProcessDocument>> context)
    {
        var exception = context.Message.Exceptions.FirstOrDefault();
        if (context.Message.FaultedMessageId is { } id)
            tracker.Complete(id, new SubmissionOutcome(SubmissionOutcome.Error, exception?.ExceptionType, exception?.Message));
        return Task.CompletedTask;
    }
}
