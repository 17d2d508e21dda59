using System.Security.Cryptography;
using ContractIntel.Contracts;
using ContractIntel.Extraction.Documents;
using ContractIntel.Jail;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ContractIntel.Messaging.Submission;

/// <summary>
/// Sends one <see cref="ProcessDocument"/> per file. A file already inside the inbox is named by its relative
/// path; any other is copied into the inbox under its content hash (or, with a claim check, put in the shared
/// message-data repository). The message never carries the bytes themselves.
/// </summary>
public sealed class DocumentSubmitter(
    IBus bus,
    IMessageDataRepository claimChecks,
    IOptions<InboxOptions> inbox,
    IOptions<RabbitMqOptions> rabbit,
    SubmissionTracker tracker,
    TimeProvider time,
    IConfiguration configuration)
{
    public const string SubmittedFolder = "submitted";

    public async Task<(SubmittedDocument Document, Task<SubmissionOutcome> Outcome)> SubmitAsync(
        string path, SubmitSettings settings, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        // Read like the worker reads: no FIFO blocks, no device is read, at most the size limit plus one byte.
        var maxBytes = configuration.GetValue($"{ExtractionLimits.SectionName}:MaxBytes", new ExtractionLimits().MaxBytes);
        var read = BoundedFile.Read(full, jailRoot: null, maxBytes);
        var bytes = read.Bytes ?? throw new InputRefusedException(read.ReasonCode!, read.ReasonMessage!);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var inboxRoot = inbox.Value.InboxRoot;
        string? inboxPath = null;
        MessageData<byte[]>? content = null;
        if (settings.ClaimCheck)
            content = await claimChecks.PutBytes(bytes, cancellationToken);
        else
            inboxPath = InboxPaths.Relativize(inboxRoot, full) ?? await CopyIntoInboxAsync(inboxRoot, full, sha256, bytes, cancellationToken);

        var message = new ProcessDocument
        {
            FileName = Path.GetFileName(full),
            InboxPath = inboxPath,
            Content = content,
            Kind = settings.Kind,
            Matter = settings.Matter,
            SubmittedBy = settings.SubmittedBy,
        };
        var messageId = NewId.NextGuid();
        var outcome = tracker.Expect(messageId);
        var endpoint = await bus.GetSendEndpoint(rabbit.Value.ProcessDocumentAddress());
        var sent = time.GetTimestamp();
        await endpoint.Send(message, c => c.MessageId = messageId, cancellationToken);
        return (new SubmittedDocument(full, messageId, sha256, inboxPath, sent), outcome);
    }

    /// <summary>Content-addressed, so resubmitting a file reuses its copy; written aside and moved so a worker never reads half a file.</summary>
    private static async Task<string> CopyIntoInboxAsync(string inboxRoot, string source, string sha256, byte[] bytes, CancellationToken ct)
    {
        var relative = $"{SubmittedFolder}/{sha256}{Path.GetExtension(source).ToLowerInvariant()}";
        var target = InboxPaths.Resolve(inboxRoot, relative)!;
        if (File.Exists(target) && new FileInfo(target).Length == bytes.Length)
            return relative;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, bytes, ct);
        File.Move(temporary, target, overwrite: true);
        return relative;
    }
}
