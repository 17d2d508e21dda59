namespace ContractIntel.Messaging.Submission;

/// <param name="SentTimestamp">From <see cref="TimeProvider.GetTimestamp"/> just before the send, for elapsed times.</param>
public sealed record SubmittedDocument(string Path, Guid MessageId, string Sha256, string? InboxPath, long SentTimestamp);
