namespace ContractIntel.Extraction.Documents;

/// <summary>Reads PDF, HTML (EDGAR and inline XBRL), EDGAR SGML submissions and plain text into one text and a page map.</summary>
public sealed class DocumentReader(ExtractionLimits limits)
{
    /// <summary>Detects the media type from the bytes (falling back to the file name), or null when unsupported.</summary>
    public static string? DetectMediaType(ReadOnlySpan<byte> bytes, string fileName) => throw new NotImplementedException();

    /// <exception cref="DocumentRejectedException">The document is encrypted, corrupt, empty, has no text layer, is unsupported or over a limit.</exception>
    public DocumentText Read(ReadOnlyMemory<byte> bytes, string fileName, string? mediaType) => throw new NotImplementedException();

    internal ExtractionLimits Limits => limits;
}
