using System.Text;

namespace ContractIntel.Extraction.Documents;

/// <summary>Bytes to string for text-like documents: UTF-8 (BOM stripped) when valid, else Windows-1252.</summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Windows-1252 is Latin-1 plus printable characters (curly quotes, dashes) where Latin-1 has C1 controls;
    // old EDGAR filings and Word exports use those bytes, so it is the better Latin-1.
    private static readonly Encoding Legacy = CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF]))
            bytes = bytes[3..];
        else if (bytes.StartsWith([(byte)0xFF, (byte)0xFE]))
            return Encoding.Unicode.GetString(bytes[2..]);
        else if (bytes.StartsWith([(byte)0xFE, (byte)0xFF]))
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: every byte sequence is valid Windows-1252 (undefined bytes map to controls, later spaces).
            return Legacy.GetString(bytes);
        }
    }
}
