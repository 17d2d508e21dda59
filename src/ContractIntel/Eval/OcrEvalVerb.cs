using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Documents.Ocr;

namespace ContractIntel.Eval;

/// <summary>
/// <c>eval ocr MANIFEST.tsv</c> (Commands/EvalOcrCommand.cs): OCR quality and speed on scans made from PDFs that have a text
/// layer (deploy/ocr/measure.sh makes them). Each manifest line is <c>scan.pdf TAB original.pdf TAB first-page</c>;
/// scan page i is compared with original page first+i-1 by word-bag F1 (<see cref="WordBagF1"/>). Pages per second
/// count the OCR'd pages over the wall time of reading the scans (render + Tesseract + the rest of the reader).
/// </summary>
internal static class OcrEvalVerb
{
    public static async Task<int> RunAsync(string manifest, int dpi, bool json, CancellationToken ct)
    {
        var baseDir = Path.GetDirectoryName(Path.GetFullPath(manifest))!;
        var textLayer = new DocumentReader(new ExtractionLimits(), new OcrOptions { Enabled = false });
        var ocr = new DocumentReader(new ExtractionLimits(), new OcrOptions { Dpi = dpi });

        var rows = new List<(string Scan, int Page, double F1, double? Confidence, string Source)>();
        var references = new List<string>();
        var candidates = new List<string>();
        var seconds = 0.0;
        foreach (var line in await File.ReadAllLinesAsync(manifest, ct))
        {
            if (line.Trim().Length == 0 || line.StartsWith('#')) continue;
            var cols = line.Split('\t');
            var scanPath = Path.Combine(baseDir, cols[0]);
            var original = textLayer.Read(await File.ReadAllBytesAsync(Path.Combine(baseDir, cols[1]), ct), cols[1], null);
            var first = int.Parse(cols[2], CultureInfo.InvariantCulture);
            var clock = Stopwatch.StartNew();
            var scan = ocr.Read(await File.ReadAllBytesAsync(scanPath, ct), cols[0], null);
            seconds += clock.Elapsed.TotalSeconds;
            foreach (var page in scan.Pages)
            {
                var reference = Text(original, first + page.Number - 1);
                var candidate = scan.Text[page.Start..page.End];
                references.Add(reference);
                candidates.Add(candidate);
                rows.Add((cols[0], page.Number, WordBagF1.Score(reference, candidate), page.OcrConfidence, page.Source));
                await Console.Error.WriteLineAsync($"{cols[0]} p{page.Number}: {page.Source} F1 {rows[^1].F1:F4}");
            }
        }

        var pooled = WordBagF1.Score(string.Join('\n', references), string.Join('\n', candidates));
        var ocrPages = rows.Count(r => r.Source == PageSources.Ocr);
        var summary = new
        {
            dpi, pages = rows.Count, ocr_pages = ocrPages,
            word_bag_f1_pooled = Math.Round(pooled, 4),
            word_bag_f1_page_mean = Math.Round(rows.Count == 0 ? 0 : rows.Average(r => r.F1), 4),
            word_bag_f1_page_min = Math.Round(rows.Count == 0 ? 0 : rows.Min(r => r.F1), 4),
            mean_confidence = Math.Round(rows.Where(r => r.Confidence is not null).Select(r => r.Confidence!.Value).DefaultIfEmpty().Average(), 2),
            seconds = Math.Round(seconds, 2),
            pages_per_second = Math.Round(seconds == 0 ? 0 : ocrPages / seconds, 3),
        };
        Console.WriteLine(json
            ? JsonSerializer.Serialize(summary)
            : $"{summary.pages} pages ({ocrPages} OCR'd) at {dpi} dpi: word-bag F1 pooled {summary.word_bag_f1_pooled:F4}, page mean {summary.word_bag_f1_page_mean:F4}, " +
              $"min {summary.word_bag_f1_page_min:F4}; mean confidence {summary.mean_confidence}; {summary.pages_per_second} pages/s");
        return 0;
    }

    private static string Text(DocumentText document, int number)
    {
        var page = document.Pages[number - 1];
        return document.Text[page.Start..page.End];
    }
}
