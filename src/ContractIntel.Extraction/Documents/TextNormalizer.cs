using System.Text;

namespace ContractIntel.Extraction.Documents;

/// <summary>
/// The one normalisation every reader applies. It is length-preserving on purpose: offsets into the document text
/// must stay plain indices, so there is no Unicode normalisation (NFC would merge characters and shift offsets).
/// </summary>
internal static class TextNormalizer
{
    /// <summary>Control characters other than line feed and tab become spaces; no-break spaces become spaces.</summary>
    public static char Map(char c) => c switch
    {
        '\n' or '\t' => c,
        '\u00A0' or '\u2007' or '\u202F' => ' ',
        _ when char.IsControl(c) => ' ',
        _ => c,
    };

    public static void Append(StringBuilder target, ReadOnlySpan<char> source)
    {
        foreach (var c in source)
            target.Append(Map(c));
    }

    /// <summary>CRLF and lone CR become LF (this shortens the text; offsets then refer to the result).</summary>
    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
