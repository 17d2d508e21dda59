namespace ContractIntel.Extraction.Pipeline;

/// <param name="Kind">contract, filing or auto (decided from the text).</param>
public sealed record DocumentInput(ReadOnlyMemory<byte> Bytes, string FileName, string? MediaType, string Kind, bool ScoreSentiment);
