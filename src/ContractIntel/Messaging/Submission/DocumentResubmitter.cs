using ContractIntel.Contracts;
using ContractIntel.Data.Runs;
using MassTransit;
using Microsoft.Extensions.Options;

namespace ContractIntel.Messaging.Submission;

/// <summary>
/// Sends a stored document back to the worker's queue (<c>reprocess</c>): <see cref="ProcessDocument.DocumentId"/>
/// set, so the worker re-reads the stored bytes and records a new run, a new version. Through the same bus and
/// queue address as <see cref="DocumentSubmitter"/>.
/// </summary>
public sealed class DocumentResubmitter(IBus bus, IOptions<RabbitMqOptions> rabbit)
{
    public async Task ResubmitAsync(ReprocessCandidate candidate, string submittedBy, CancellationToken cancellationToken)
    {
        var endpoint = await bus.GetSendEndpoint(rabbit.Value.ProcessDocumentAddress());
        await endpoint.Send(new ProcessDocument
        {
            DocumentId = candidate.DocumentId,
            FileName = candidate.FileName,
            Kind = candidate.RequestedKind,
            Matter = candidate.Matter,
            SubmittedBy = submittedBy,
        }, cancellationToken);
    }
}
