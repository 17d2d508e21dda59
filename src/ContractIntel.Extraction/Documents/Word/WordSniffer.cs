namespace ContractIntel.Extraction.Documents.Word;

/// <summary>A .docx is a zip whose entry names (stored uncompressed in its headers) include word/document.xml.</summary>
internal static class WordSniffer
{
    public static bool IsDocx(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("PK\x03\x04"u8) && bytes.IndexOf("word/document.xml"u8) >= 0;
}
