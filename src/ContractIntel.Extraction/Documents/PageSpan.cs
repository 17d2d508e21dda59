namespace ContractIntel.Extraction.Documents;

/// <summary>One page's character range in the document text: UTF-16 offsets, <see cref="End"/> exclusive.</summary>
public sealed record PageSpan(int Number, int Start, int End);
