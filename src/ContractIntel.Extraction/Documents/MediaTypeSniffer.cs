namespace ContractIntel.Extraction.Documents;

/// <summary>Media type from the leading bytes, with the file extension deciding only what the bytes leave open.</summary>
internal static class MediaTypeSniffer
{
    private static readonly string[] SubmissionPrefixes =
        ["-----BEGIN PRIVACY-ENHANCED MESSAGE-----", "<SEC-DOCUMENT>", "<SUBMISSION>", "<DOCUMENT>", "<IMS-DOCUMENT>"];

    private static readonly string[] HtmlPrefixes = ["<!doctype html", "<html", "<head", "<body", "<meta", "<title"];

    private static readonly string[] HtmlFragmentPrefixes = ["<div", "<p>", "<p ", "<table", "<font", "<center", "<b>", "<h1", "<h2", "<h3"];

    public static string? Detect(ReadOnlySpan<byte> bytes, string fileName)
    {
        // The PDF header may follow some junk; readers, PdfPig included, look in the first kilobyte.
        if (bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
            return MediaTypes.Pdf;
        if (Word.WordSniffer.IsDocx(bytes))
            return MediaTypes.Docx;
        if (IsKnownBinary(bytes))
            return null;
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!LooksLikeText(bytes))
            return extension == ".pdf" ? MediaTypes.Pdf : null;

        var head = Head(bytes);
        foreach (var prefix in SubmissionPrefixes)
        {
            if (head.StartsWith(prefix, StringComparison.Ordinal))
                return MediaTypes.EdgarSubmission;
        }
        var lower = head.ToLowerInvariant();
        var markup = SkipPrologue(lower);
        if (HtmlPrefixes.Any(p => markup.StartsWith(p, StringComparison.Ordinal)))
            return MediaTypes.Html;
        if (lower.StartsWith("<?xml", StringComparison.Ordinal))
            return lower.Contains("<html", StringComparison.Ordinal) || lower.Contains("xhtml", StringComparison.Ordinal) ? MediaTypes.Html : null;
        if (extension is ".htm" or ".html" or ".xhtml" || HtmlFragmentPrefixes.Any(p => markup.StartsWith(p, StringComparison.Ordinal)))
            return MediaTypes.Html;
        if (lower.StartsWith("{\\rtf", StringComparison.Ordinal))
            return null;
        // Text without a PDF header is text, whatever its name says.
        return MediaTypes.PlainText;
    }

    public static bool IsKnownBinary(ReadOnlySpan<byte> b) =>
        b.StartsWith("PK\x03\x04"u8) || b.StartsWith("PK\x05\x06"u8)                  // zip, docx, xlsx
        || b.StartsWith([(byte)0x89, (byte)'P', (byte)'N', (byte)'G'])                  // png
        || b.StartsWith("GIF8"u8)
        || b.StartsWith([(byte)0xFF, (byte)0xD8, (byte)0xFF])                           // jpeg
        || b.StartsWith([(byte)0xD0, (byte)0xCF, (byte)0x11, (byte)0xE0])               // OLE: .doc, .xls, .msg
        || b.StartsWith([(byte)0x1F, (byte)0x8B])                                       // gzip
        || b.StartsWith("II*\0"u8) || b.StartsWith("MM\0*"u8)                           // tiff
        || b.StartsWith("%!PS"u8);

    // Text has no NUL bytes and almost no other control bytes (UTF-16 with a BOM is text too).
    private static bool LooksLikeText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith([(byte)0xFF, (byte)0xFE]) || bytes.StartsWith([(byte)0xFE, (byte)0xFF]))
            return true;
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0) return false;
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f')) controls++;
        }
        return controls <= sample.Length / 100;
    }

    private static string Head(ReadOnlySpan<byte> bytes) =>
        TextDecoding.Decode(bytes[..Math.Min(bytes.Length, 4096)]).TrimStart();

    // Comments and a doctype other than html may come before the first tag.
    private static string SkipPrologue(string lower)
    {
        var s = lower;
        while (true)
        {
            s = s.TrimStart();
            if (s.StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = s.IndexOf("-->", StringComparison.Ordinal);
                if (end < 0) return s;
                s = s[(end + 3)..];
            }
            else if (s.StartsWith("<?xml", StringComparison.Ordinal))
            {
                var end = s.IndexOf("?>", StringComparison.Ordinal);
                if (end < 0) return s;
                s = s[(end + 2)..];
            }
            else
            {
                return s;
            }
        }
    }
}
