using System.Globalization;
using System.Text;

namespace ContractIntel.Extraction.Documents.Ocr;

/// <summary>
/// Tesseract's TSV output (level, page, block, paragraph, line, word, left, top, width, height, conf, text) to
/// page text: words of a line joined by a space, lines by a line feed, paragraphs and blocks by a blank line. The
/// text is built here, so every word's offset is exact.
/// </summary>
internal static class TesseractTsv
{
    private const int WordLevel = 5;

    public static OcrPage Parse(string tsv, int dpi)
    {
        var text = new StringBuilder();
        var words = new List<OcrWord>();
        (int Block, int Par, int Line)? last = null;
        var confidenceSum = 0.0;
        foreach (var row in tsv.Split('\n'))
        {
            var cols = row.TrimEnd('\r').Split('\t');
            if (cols.Length < 12 || !int.TryParse(cols[0], CultureInfo.InvariantCulture, out var level) || level != WordLevel)
                continue;
            var word = cols[11].Trim();
            if (word.Length == 0)
                continue;
            var key = (Int(cols[2]), Int(cols[3]), Int(cols[4]));
            if (last is { } previous)
            {
                if (previous.Block != key.Item1 || previous.Par != key.Item2) text.Append("\n\n");
                else if (previous.Line != key.Item3) text.Append('\n');
                else text.Append(' ');
            }
            last = key;
            var confidence = Math.Max(0, double.Parse(cols[10], NumberStyles.Float, CultureInfo.InvariantCulture));
            words.Add(new OcrWord(text.Length, text.Length + word.Length, Int(cols[6]), Int(cols[7]), Int(cols[8]), Int(cols[9]), Math.Round(confidence, 2)));
            text.Append(word);
            confidenceSum += confidence;
        }
        return words.Count == 0
            ? new OcrPage("", [], null, dpi, PageFailures.OcrEmpty, "Tesseract found no words on the page.")
            : new OcrPage(text.ToString(), words, Math.Round(confidenceSum / words.Count, 2), dpi);
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
}
