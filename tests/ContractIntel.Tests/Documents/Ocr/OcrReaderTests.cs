using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Documents.Ocr;

namespace ContractIntel.Tests.Documents.Ocr;

/// <summary>
/// OCR of scanned pages with the real Tesseract and pdftoppm (deploy/local/services.sh and CI install them). The
/// scans were made from the ETELOS contract's own pages with deploy/ocr/scan.py (see samples/README.md), so the
/// text layer of the original is the ground truth.
/// </summary>
public sealed class OcrReaderTests
{
    internal const string Etelos = "contracts/ETELOS,INC_03_09_2004-EX-10.8-DISTRIBUTOR AGREEMENT.PDF";
    internal const string Scan = "scanned/etelos-p1-2-scan-300dpi.pdf";
    internal const string Mixed = "scanned/etelos-mixed-cover-text-body-scan.pdf";

    internal static readonly DocumentText Original = new DocumentReader(new ExtractionLimits()).Read(Samples.Bytes(Etelos), "etelos.pdf", null);

    [Fact]
    public void Read_ScannedContract_EveryPageIsOcrTextCloseToTheOriginal()
    {
        var document = OcrReads.Read(Scan);

        Assert.Equal(2, document.Pages.Count);
        DocumentAssert.PagesTile(document);
        foreach (var page in document.Pages)
        {
            Assert.Equal(PageSources.Ocr, page.Source);
            Assert.Null(page.Failure);
            Assert.InRange(page.OcrConfidence!.Value, 80, 100);
            var f1 = ContractIntel.Eval.WordBagF1.Score(OcrReads.PageText(Original, page.Number), OcrReads.PageText(document, page.Number));
            Assert.True(f1 >= 0.95, $"page {page.Number}: word-bag F1 {f1:F3}");
        }
    }

    [Fact]
    public void Read_ScannedContract_WordsPointAtTheirTextOnTheirPage()
    {
        var document = OcrReads.Read(Scan);

        foreach (var page in document.Pages)
        {
            Assert.NotEmpty(page.Words);
            Assert.All(page.Words, w =>
            {
                Assert.InRange(w.Start, page.Start, page.End - 1);
                Assert.InRange(w.End, w.Start + 1, page.End);
                Assert.False(string.IsNullOrWhiteSpace(document.Text[w.Start..w.End]));
                Assert.DoesNotContain(' ', document.Text[w.Start..w.End]);
                Assert.True(w.Width > 0 && w.Height > 0);
            });
        }
        // The heading's words, found by text, are OCR words with boxes near the top of page 1.
        var at = document.Text.IndexOf("DISTRIBUTOR AGREEMENT", StringComparison.Ordinal);
        Assert.InRange(at, 0, document.Pages[0].End);
        var word = Assert.Single(document.Pages[0].Words, w => w.Start == at);
        Assert.Equal("DISTRIBUTOR", document.Text[word.Start..word.End]);
        Assert.InRange(word.Top, 0, 3300 / 4);
    }

    [Fact]
    public void Read_MixedDocument_TextCoverAndOcrBodyGiveTextOnEveryPage()
    {
        var document = OcrReads.Read(Mixed);

        Assert.Equal(3, document.Pages.Count);
        DocumentAssert.PagesTile(document);
        Assert.Equal([PageSources.TextLayer, PageSources.Ocr, PageSources.Ocr], document.Pages.Select(p => p.Source));
        Assert.All(document.Pages, p => Assert.True(OcrReads.PageText(document, p.Number).Count(char.IsLetter) > 500, $"page {p.Number}"));
        Assert.Null(document.Pages[0].OcrConfidence);
        Assert.Empty(document.Pages[0].Words);
        Assert.StartsWith("EXHIBIT 10.8\nDISTRIBUTOR AGREEMENT", OcrReads.PageText(document, 1), StringComparison.Ordinal);
        // The body is pages 2 and 3 of the original, scanned at 200 dpi.
        Assert.True(ContractIntel.Eval.WordBagF1.Score(OcrReads.PageText(Original, 2), OcrReads.PageText(document, 2)) >= 0.93);
        Assert.True(ContractIntel.Eval.WordBagF1.Score(OcrReads.PageText(Original, 3), OcrReads.PageText(document, 3)) >= 0.93);
    }

    [Fact]
    public void Read_PageThatRunsPastTheOcrLimit_IsARecordedPageFailureAndTheOtherPagesAreRead()
    {
        var options = new OcrOptions { PageTimeoutSeconds = 0.05 };
        var document = new DocumentReader(new ExtractionLimits(), options).Read(Samples.Bytes(Mixed), "mixed.pdf", null);

        Assert.Equal(3, document.Pages.Count);
        Assert.Null(document.Pages[0].Failure);
        Assert.Contains("DISTRIBUTOR AGREEMENT", OcrReads.PageText(document, 1), StringComparison.Ordinal);
        Assert.All(document.Pages.Skip(1), p =>
        {
            Assert.Equal(PageFailures.OcrTimeout, p.Failure);
            Assert.Equal(PageSources.TextLayer, p.Source);
            Assert.Null(p.OcrConfidence);
        });
        // The killed children left nothing behind that stops the next document.
        Assert.Equal(PageSources.Ocr, OcrReads.Read(Scan).Pages[0].Source);
    }

    [Fact]
    public void Read_PageOverTheOcrMemoryLimit_IsARecordedPageFailureAndTheOtherPagesAreRead()
    {
        // 64 MiB of address space: Tesseract cannot even map its libraries, let alone a 300 dpi page.
        var options = new OcrOptions { MemoryLimitMb = 64 };
        var document = new DocumentReader(new ExtractionLimits(), options).Read(Samples.Bytes(Mixed), "mixed.pdf", null);

        Assert.Equal([null, PageFailures.OcrFailed, PageFailures.OcrFailed], document.Pages.Select(p => p.Failure));
        Assert.Contains("DISTRIBUTOR AGREEMENT", OcrReads.PageText(document, 1), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ScanOnlyPdfWhoseEveryPageTimesOut_FailsOcrFailed()
    {
        var reader = new DocumentReader(new ExtractionLimits(), new OcrOptions { PageTimeoutSeconds = 0.05 });

        var e = Assert.Throws<DocumentRejectedException>(() => reader.Read(Samples.Bytes(Scan), "scan.pdf", null));
        Assert.Equal("ocr_failed", e.Reason.ToCode());
        Assert.Contains("page 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OcrTurnedOff_ScanOnlyIsNoTextLayerAndMixedPagesSayWhy()
    {
        var reader = new DocumentReader(new ExtractionLimits(), new OcrOptions { Enabled = false });

        var e = Assert.Throws<DocumentRejectedException>(() => reader.Read(Samples.Bytes(Scan), "scan.pdf", null));
        Assert.Equal(FailureReason.NoTextLayer, e.Reason);
        var mixed = reader.Read(Samples.Bytes(Mixed), "mixed.pdf", null);
        Assert.Equal([null, PageFailures.OcrDisabled, PageFailures.OcrDisabled], mixed.Pages.Select(p => p.Failure));
    }

    [Fact]
    public void Read_TesseractMissing_FailsOcrUnavailable()
    {
        var reader = new DocumentReader(new ExtractionLimits(), new OcrOptions { TesseractPath = "/nonexistent/tesseract" });

        var e = Assert.Throws<DocumentRejectedException>(() => reader.Read(Samples.Bytes(Scan), "scan.pdf", null));
        Assert.Equal("ocr_unavailable", e.Reason.ToCode());
        // A document with a text layer does not need Tesseract at all.
        Assert.Equal(9, reader.Read(Samples.Bytes(Etelos), "etelos.pdf", null).Pages.Count);
    }

    [Fact]
    public void DpiFor_ScanResolutionUpToTheSettingAndUnderThePixelCap()
    {
        using var ocr = new PdfPageOcr(new OcrOptions { Dpi = 300, MaxPixels = 60_000_000 }, []);

        Assert.Equal(300, ocr.DpiFor(612, 792));
        Assert.Equal(200, ocr.DpiFor(612, 792, scanDpi: 200));
        Assert.Equal(300, ocr.DpiFor(612, 792, scanDpi: 600));
        Assert.Equal(300, ocr.DpiFor(612, 792, scanDpi: 100));
        var dpi = ocr.DpiFor(200 * 72, 200 * 72);
        Assert.True(200.0 * dpi * 200 * dpi <= 60_000_000, $"{dpi} dpi");
    }
}
