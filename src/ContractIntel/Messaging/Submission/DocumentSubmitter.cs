using System.Security.Cryptography;
using ContractIntel.Contracts;
using ContractIntel.Extraction.Documents;
using ContractIntel.Jail;
using MassTransit;
using Microsoft.Extensions.Options;

namespace ContractIntel.Messaging.Submission;

/// <summary>
/// Sends one <see cref="ProcessDocument"/> per file. A file already inside the inbox is named by its relative
/// path; any other is copied into the inbox under its content hash and message id (or, with a claim check, put in
/// the shared message-data repository). Either file is on disk (flushed) before the message is sent, and the
/// worker deletes it once the run is committed. The message never carries the bytes themselves.
/// </summary>
public sealed class DocumentSubmitter(
    IBus bus,
    IMessageDataRepository claimChecks,
    IOptions<InboxOptions> inbox,
    IOptions<RabbitMqOptions> rabbit,
    SubmissionTracker tracker,
    TimeProvider time,
    ExtractionLimits limits)
{
    public const string SubmittedFolder = "submitted";

    public async Task<(SubmittedDocument Document, Task<SubmissionOutcome> Outcome)> SubmitAsync(
        string path, SubmitSettings settings, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        // Read like the worker reads: no FIFO blocks, no device is read, at most the size limit plus one byte.
        var read = BoundedFile.Read(full, jailRoot: null, limits.MaxBytes);
        var bytes = read.Bytes ?? throw new InputRefusedException(read.ReasonCode!, read.ReasonMessage!);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var inboxRoot = inbox.Value.InboxRoot;
        var messageId = NewId.NextGuid();
        string? inboxPath = null;
        MessageData<byte[]>? content = null;
        if (settings.ClaimCheck)
        {
            content = await claimChecks.PutBytes(bytes, cancellationToken);
            if (ClaimCheckFiles.PathOf(inbox.Value.ClaimCheckRoot, content.Address) is { } stored)
                DurableFiles.Flush(stored);
        }
        else
        {
            inboxPath = InboxPaths.Relativize(inboxRoot, full) ?? await CopyIntoInboxAsync(inboxRoot, full, sha256, messageId, bytes, cancellationToken);
        }

        var message = new ProcessDocument
        {
            FileName = Path.GetFileName(full),
            InboxPath = inboxPath,
            Content = content,
            Kind = settings.Kind,
            Matter = settings.Matter,
            SubmittedBy = settings.SubmittedBy,
        };
        var outcome = tracker.Expect(messageId);
        var endpoint = await bus.GetSendEndpoint(rabbit.Value.ProcessDocumentAddress());
        var sent = time.GetTimestamp();
        await endpoint.Send(message, c => c.MessageId = messageId, cancellationToken);
        return (new SubmittedDocument(full, messageId, sha256, inboxPath, sent), outcome);
    }

    /// <summary>
    /// One copy per message: the worker deletes it after the commit, which must not take the file from under
    /// another message for the same bytes. Written aside and moved so a worker never reads half a file.
    /// </summary>
    private static async Task<string> CopyIntoInboxAsync(string inboxRoot, string source, string sha256, Guid messageId, byte[] bytes, CancellationToken ct)
    {
        var relative = $"{SubmittedFolder}/{sha256}-{messageId:N}{Path.GetExtension(source).ToLowerInvariant()}";
        await DurableFiles.WriteAsync(InboxPaths.Resolve(inboxRoot, relative)!, bytes, ct);
        return relative;
    }
}
