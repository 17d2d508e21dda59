namespace ContractIntel.Extraction.Documents;

/// <summary>
/// Plain text: decoded, CRLF normalised to LF (offsets refer to the result), form feeds are page breaks. The form
/// feed itself becomes a line feed so the text keeps its length; a UTF-8 LF file without controls comes out
/// character for character (CUAD's gold offsets index into exactly that).
/// </summary>
internal static class PlainTextReader
{
    public static DocumentText Read(ReadOnlySpan<byte> bytes)
    {
        var builder = new PageTextBuilder();
        Append(builder, TextNormalizer.NormalizeLineEndings(TextDecoding.Decode(bytes)));
        return builder.Build(MediaTypes.PlainText);
    }

    /// <summary>Appends <paramref name="text"/> (line endings already normalised), starting with a new page.</summary>
    public static void Append(PageTextBuilder builder, string text)
    {
        builder.NewPage();
        var start = 0;
        while (start <= text.Length)
        {
            var feed = text.IndexOf('\f', start);
            var end = feed < 0 ? text.Length : feed;
            builder.Append(text.AsSpan(start, end - start));
            if (feed < 0)
                break;
            builder.AppendRaw('\n');
            start = feed + 1;
            // A trailing form feed closes the last page; it does not open an empty one.
            if (start < text.Length)
                builder.NewPageHere();
        }
    }
}
