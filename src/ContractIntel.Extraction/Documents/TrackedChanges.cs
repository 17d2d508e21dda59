namespace ContractIntel.Extraction.Documents;

/// <summary>Tracked changes found in a Word file: insertions kept and deletions dropped, as if all were accepted.</summary>
public sealed record TrackedChanges(int Insertions, int Deletions);
