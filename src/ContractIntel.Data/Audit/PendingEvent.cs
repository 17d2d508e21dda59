namespace ContractIntel.Data.Audit;

/// <summary>An event about to be appended: the chain gives it its sequence, previous hash and hash.</summary>
internal sealed record PendingEvent(string Stage, Guid? RunId, Guid? DocumentId, DateTimeOffset OccurredAt, CanonicalJson Data);
