using ContractIntel.Contracts;

namespace ContractIntel.Extraction.Pipeline;

/// <param name="Kind">contract, filing or auto (decided from the text).</param>
public sealed record DocumentInput(ReadOnlyMemory<byte> Bytes, string FileName, string? MediaType, DocumentKind Kind, bool ScoreSentiment)
{
    /// <summary>From a kind as it travels (<see cref="DocumentKinds"/>), already checked by whoever accepted it.</summary>
    public DocumentInput(ReadOnlyMemory<byte> bytes, string fileName, string? mediaType, string kindCode, bool scoreSentiment)
        : this(bytes, fileName, mediaType, DocumentKinds.Parse(kindCode), scoreSentiment)
    {
    }
}
