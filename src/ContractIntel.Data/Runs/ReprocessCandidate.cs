namespace ContractIntel.Data.Runs;

/// <summary>A stored document to run again, with what its latest run was asked for (kind, matter).</summary>
public sealed record ReprocessCandidate(Guid DocumentId, string FileName, string RequestedKind, string? Matter);
