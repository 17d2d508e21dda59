using System.Globalization;
using System.Text;
using ContractIntel.Extraction.Documents.Ocr;

namespace ContractIntel.Data.Runs;

/// <summary>
/// A page's OCR words as compact JSON for <c>pages.ocr_words</c>: one array per word,
/// <c>[start, end, left, top, width, height, confidence]</c>. Arrays rather than objects keep a 500-word page small.
/// </summary>
internal static class OcrWordsJson
{
    public static string Serialize(IReadOnlyList<OcrWord> words)
    {
        var sb = new StringBuilder(words.Count * 40).Append('[');
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (i > 0) sb.Append(',');
            sb.Append(CultureInfo.InvariantCulture, $"[{w.Start},{w.End},{w.Left},{w.Top},{w.Width},{w.Height},{w.Confidence.ToString("R", CultureInfo.InvariantCulture)}]");
        }
        return sb.Append(']').ToString();
    }
}
