using System.IO.Compression;
using System.Text;

namespace ContractIntel.Tests.Hostile;

/// <summary>
/// Hostile documents, generated at test time (nothing large is committed): byte-flipped mutants and truncations
/// of the sample contracts with a fixed seed, a page tree that contains itself, deeply nested arrays, a flate bomb
/// and a large text.
/// </summary>
internal static class HostileCorpus
{
    public const int Seed = 20261203;

    /// <summary><paramref name="count"/> copies of the sample PDFs, each with 8 bytes in the middle half replaced.</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> Mutants(int count)
    {
        var random = new Random(Seed);
        var pdfs = Samples.All().Where(s => s.StartsWith("contracts/", StringComparison.Ordinal)).ToList();
        for (var i = 0; i < count; i++)
        {
            var source = pdfs[i % pdfs.Count];
            var bytes = Samples.Bytes(source);
            for (var k = 0; k < 8; k++)
                bytes[(bytes.Length / 4) + random.Next(bytes.Length / 2)] = (byte)random.Next(256);
            yield return ($"mutant-{i:D2}.pdf", bytes);
        }
    }

    /// <summary>Each sample PDF cut at a tenth, a half and nine tenths.</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> Truncations() =>
        Samples.All().Where(s => s.StartsWith("contracts/", StringComparison.Ordinal)).SelectMany((s, i) =>
        {
            var bytes = Samples.Bytes(s);
            return new[] { 10, 50, 90 }.Select(p => ($"truncated-{i}-{p}.pdf", bytes[..(bytes.Length * p / 100)]));
        });

    /// <summary>A page tree whose /Kids holds the tree itself, next to one real page.</summary>
    public static byte[] PageTreeLoop() => Pdf(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        Stream("BT /F1 12 Tf 72 720 Td (This Agreement loops.) Tj ET"u8.ToArray()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");

    /// <summary>A page whose dictionary holds arrays nested <paramref name="depth"/> deep.</summary>
    public static byte[] DeepNesting(int depth = 100_000) => Pdf(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Deep {new string('[', depth)}{new string(']', depth)} >>",
        Stream("BT ET"u8.ToArray()));

    /// <summary>A one-page PDF whose content stream inflates to <paramref name="inflatedBytes"/> (about a thousandth of that on disk).</summary>
    public static byte[] FlateBomb(long inflatedBytes = 1L << 30)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1 << 20];
            for (long written = 0; written < inflatedBytes; written += zeros.Length)
                zlib.Write(zeros, 0, (int)Math.Min(zeros.Length, inflatedBytes - written));
        }
        return Pdf(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            Stream(compressed.ToArray(), "/Filter /FlateDecode"));
    }

    /// <summary>About <paramref name="megabytes"/> MB of contract text: a sample contract repeated.</summary>
    public static byte[] LargeText(int megabytes)
    {
        var unit = Samples.Bytes("cuad-txt/STAMPSCOMINC_06_24_1999-EX-10.18-SPONSORSHIP AGREEMENT.txt");
        var target = megabytes * 1024 * 1024;
        var bytes = new byte[target];
        for (var at = 0; at < target; at += unit.Length)
            Array.Copy(unit, 0, bytes, at, Math.Min(unit.Length, target - at));
        return bytes;
    }

    private static object Stream(byte[] data, string extra = "") => (data, extra);

    /// <summary>A PDF from its objects (numbered from 1), with a correct cross-reference table.</summary>
    private static byte[] Pdf(params object[] objects)
    {
        using var pdf = new MemoryStream();
        void Write(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Position);
            Write($"{i + 1} 0 obj\n");
            if (objects[i] is (byte[] data, string extra))
            {
                Write($"<< /Length {data.Length} {extra} >>\nstream\n");
                pdf.Write(data);
                Write("\nendstream");
            }
            else
            {
                Write((string)objects[i]);
            }
            Write("\nendobj\n");
        }
        var xref = pdf.Position;
        Write($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Write($"{offset:D10} 00000 n \n");
        Write($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }
}
