using System.Globalization;
using System.IO.Compression;
using System.Text;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Documents.Ocr;

namespace ContractIntel.Reading;

/// <summary>
/// A one-page PDF (a Flate-compressed text stream in Helvetica) that a reader child started in advance reads
/// before its document arrives: most of the child's cost on a short document is compiling the parser's code, and
/// this moves that work to the time the child waits. Built here, byte by byte, so no file ships for it.
/// </summary>
internal static class WarmUpDocument
{
    private static readonly string[] Lines =
    [
        "DISTRIBUTION AGREEMENT",
        "This Distribution Agreement (the \"Agreement\") is made as of January 1, 2020 by and between",
        "Alpha Corp., a Delaware corporation, and Beta LLC. The term is two (2) years; either party may",
        "terminate on ninety (90) days' written notice. This Agreement is governed by the laws of New York.",
    ];

    public static void Read(ExtractionLimits limits)
    {
        var document = new DocumentReader(limits, new OcrOptions { Enabled = false }).Read(Bytes(), "warm-up.pdf", "application/pdf");
        if (document.Text.Length == 0) throw new InvalidOperationException("The warm-up PDF read as empty.");
    }

    internal static byte[] Bytes()
    {
        var content = new StringBuilder("BT /F1 11 Tf 72 720 Td 14 TL\n");
        foreach (var line in Lines) content.Append('(').Append(line.Replace("(", "\\(").Replace(")", "\\)")).Append(") Tj T*\n");
        content.Append("ET\n");
        using var packed = new MemoryStream();
        using (var z = new ZLibStream(packed, CompressionLevel.Fastest, leaveOpen: true)) z.Write(Encoding.ASCII.GetBytes(content.ToString()));
        var stream = packed.ToArray();

        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        void Object(string body, byte[]? data = null)
        {
            offsets.Add(pdf.Position);
            Write($"{offsets.Count} 0 obj\n{body}");
            if (data is not null) { Write("\nstream\n"); pdf.Write(data); Write("\nendstream"); }
            Write("\nendobj\n");
        }
        Write("%PDF-1.4\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        Object(string.Create(CultureInfo.InvariantCulture, $"<< /Length {stream.Length} /Filter /FlateDecode >>"), stream);
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        var xref = pdf.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) Write(string.Create(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n"));
        Write(string.Create(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }
}
