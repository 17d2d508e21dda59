using ContractIntel.Contracts;
using ContractIntel.Data.Runs;
using ContractIntel.Extraction.Documents;
using ContractIntel.Jail;
using MassTransit;
using Microsoft.Extensions.Options;

namespace ContractIntel.Messaging;

/// <summary>
/// Reads the bytes a <see cref="ProcessDocument"/> names: a file under the inbox, a claim check, or a stored
/// document to reprocess. Missing bytes, malformed addresses and files the jail refuses (outside the folder, not
/// a regular file, over the size limit) come back as reasons; I/O trouble throws so the message is retried.
/// </summary>
public sealed class DocumentLoader(IOptions<InboxOptions> inbox, RunRecorder recorder, ExtractionLimits limits)
{
    public async Task<LoadedDocument> LoadAsync(ProcessDocument message, CancellationToken cancellationToken)
    {
        var fileName = message.FileName;
        // With message data configured, MassTransit hands over an empty MessageData (HasValue false, Address throws) for a
        // property that was null on the wire.
        var content = message.Content is { HasValue: true } c ? c : null;
        var sources = (string.IsNullOrEmpty(message.InboxPath) ? 0 : 1) + (content is null ? 0 : 1) + (message.DocumentId is null ? 0 : 1);
        if (sources != 1)
            return LoadedDocument.Invalid(fileName, $"Exactly one of InboxPath, Content and DocumentId must be set; {sources} are.");
        if (!DocumentKinds.IsValid(message.Kind))
            return LoadedDocument.Invalid(fileName, "Kind must be contract, filing or auto.");
        if (string.IsNullOrWhiteSpace(message.SubmittedBy))
            return LoadedDocument.Invalid(fileName, "SubmittedBy is required.");

        if (message.DocumentId is { } documentId)
        {
            var stored = await recorder.LoadContentAsync(documentId, cancellationToken);
            return stored is { } s
                ? LoadedDocument.Found(s.Content, string.IsNullOrEmpty(fileName) ? s.FileName : fileName, documentId)
                : LoadedDocument.Missing(fileName, $"Document {documentId} is not stored.");
        }
        if (content is not null)
            return await LoadClaimCheckAsync(content, fileName);
        return await LoadInboxFileAsync(message.InboxPath!, fileName, cancellationToken);
    }

    private static async Task<LoadedDocument> LoadClaimCheckAsync(MessageData<byte[]> content, string fileName)
    {
        try
        {
            return LoadedDocument.Found(await content.Value, fileName);
        }
        catch (Exception e) when (InputRefusedException.Find(e) is { } refused)
        {
            // JailedMessageDataRepository refused the address or the file; no retry can change that.
            return LoadedDocument.Refused(fileName, refused.ReasonCode, refused.Message);
        }
        catch (MessageDataNotFoundException)
        {
            // The claim check expired or was never written: no retry of this message can bring it back.
            return LoadedDocument.Missing(fileName, "The claim-checked content is not in the message-data repository.");
        }
    }

    private Task<LoadedDocument> LoadInboxFileAsync(string inboxPath, string fileName, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var path = InboxPaths.Resolve(inbox.Value.InboxRoot, inboxPath);
        if (path is null)
            return Task.FromResult(LoadedDocument.Invalid(fileName, "InboxPath must be a relative path inside the inbox folder."));
        // Links are followed and the final path must still be a regular file inside the inbox (BoundedFile).
        var read = BoundedFile.Read(path, inbox.Value.InboxRoot, limits.MaxBytes);
        return Task.FromResult(read.Bytes is { } bytes
            ? LoadedDocument.Found(bytes, fileName)
            : LoadedDocument.Refused(fileName, read.ReasonCode!, read.ReasonMessage!));
    }
}
