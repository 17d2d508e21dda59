using ContractIntel.Contracts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContractIntel.Messaging;

/// <summary>
/// Retention of the bytes outside the database: once a message's run is committed, the database holds the
/// document, so its inbox file or claim check is deleted. Called again on a redelivery, so a worker killed
/// between the commit and the delete still cleans up. Files of messages that never got a run stay.
/// </summary>
public sealed partial class CommittedFiles(IOptions<InboxOptions> options, ILogger<CommittedFiles> logger)
{
    public void Release(Guid messageId, ProcessDocument message)
    {
        var inbox = options.Value;
        if (!inbox.DeleteAfterCommit) return;
        var path = !string.IsNullOrEmpty(message.InboxPath) ? InboxPaths.Resolve(inbox.InboxRoot, message.InboxPath)
            : message.Content is { HasValue: true } content ? ClaimCheckFiles.PathOf(inbox.ClaimCheckRoot, content.Address)
            : null;
        if (path is null) return;
        try
        {
            if (DurableFiles.Delete(path)) Deleted(logger, messageId);
        }
        catch (IOException e)
        {
            // The run is committed; a file left behind is a retention matter for the operator, not a reason to retry.
            NotDeleted(logger, messageId, e.GetType().Name);
        }
        catch (UnauthorizedAccessException e)
        {
            NotDeleted(logger, messageId, e.GetType().Name);
        }
    }

    [LoggerMessage(1010, LogLevel.Debug, "Deleted the inbox file or claim check of message {MessageId}: its run is committed")]
    private static partial void Deleted(ILogger logger, Guid messageId);

    [LoggerMessage(1011, LogLevel.Warning, "Could not delete the inbox file or claim check of message {MessageId} ({Error})")]
    private static partial void NotDeleted(ILogger logger, Guid messageId, string error);
}
