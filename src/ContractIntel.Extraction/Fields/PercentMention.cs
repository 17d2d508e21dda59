namespace ContractIntel.Extraction.Fields;

/// <summary>A percentage at <see cref="Start"/>..<see cref="End"/>; <see cref="Percent"/> is in points (10.5 for 10.5%).</summary>
public sealed record PercentMention(int Start, int End, decimal Percent);
