using ContractIntel.Extraction.Documents;
using ContractIntel.Tests.Documents.Ocr;

namespace ContractIntel.Tests.Documents;

/// <summary>Each hard-case PDF (see samples/README.md) fails with its own reason, or is read where PdfPig recovers it.</summary>
public sealed class HardCaseTests
{
    private readonly DocumentReader reader = new(new ExtractionLimits());

    [Theory]
    [InlineData("libreoffice-writer-password.pdf", "encrypted")]
    [InlineData("skew-encrypted.pdf", "encrypted")]
    // Six pages, each a 16x16-pixel image stretched over the page (four carry the 10-letter word "Background"):
    // OCR runs and finds nothing a person could read either.
    [InlineData("imagemagick-images.pdf", "no_text_layer")]
    [InlineData("invalid.pdf", "corrupt")]
    // A page without /Contents is a blank page: nothing on it, no text and no image.
    [InlineData("no_contents.pdf", "empty")]
    public void Read_HardCase_RejectsWithItsReason(string file, string reason)
    {
        var e = Assert.Throws<DocumentRejectedException>(() => reader.Read(Samples.Bytes("hard-cases/" + file), file, null));
        Assert.Equal(reason, e.Reason.ToCode());
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }

    [Theory]
    // Opens with the empty user password; its only page is a scan.
    [InlineData("encrypted_algo4.pdf", new[] { "ocr" }, "PRESIDENT")]
    [InlineData("linn.pdf", new[] { "ocr" }, "LinnSequencer")]
    [InlineData("c02-22.pdf", new[] { "ocr" }, "tip-toeing")]
    // Handwriting: "Kodak Capture Desktop Test".
    [InlineData("kcs.pdf", new[] { "ocr" }, "Capture")]
    // Six mostly-image pages; page 4 is a chart whose 52 letters of labels are a text layer of its own.
    [InlineData("multipage.pdf", new[] { "ocr", "ocr", "ocr", "text_layer", "ocr", "ocr" }, "England")]
    public void Read_ScannedHardCase_SucceedsWithOcrTextOnItsPages(string file, string[] sources, string word)
    {
        var document = OcrReads.Read("hard-cases/" + file);

        Assert.Equal(sources, document.Pages.Select(p => p.Source));
        Assert.All(document.Pages, p => Assert.Null(p.Failure));
        Assert.All(document.Pages.Where(p => p.Source == PageSources.Ocr), p =>
        {
            Assert.InRange(p.OcrConfidence!.Value, 1, 100);
            Assert.NotEmpty(p.Words);
        });
        Assert.Contains(word, document.Text, StringComparison.Ordinal);
        DocumentAssert.PagesTile(document);
    }

    [Fact]
    public void Read_LinnScan_OcrTextMatchesItsGroundTruth()
    {
        var document = OcrReads.Read("hard-cases/linn.pdf");
        var truth = File.ReadAllText(Samples.PathOf("hard-cases/linn.txt"));

        var f1 = ContractIntel.Eval.WordBagF1.Score(truth, document.Text);
        Assert.True(f1 >= 0.95, $"word-bag F1 {f1:F3}");
    }

    [Fact]
    public void Read_OverlayPdfWithContentStreamErrors_RecoversItsText()
    {
        var document = reader.Read(Samples.Bytes("hard-cases/overlay.pdf"), "overlay.pdf", null);

        Assert.Single(document.Pages);
        Assert.Contains("Payed 2017-Jan-22", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EncryptedPdf_KeepsPdfPigExceptionAsCause()
    {
        var e = Assert.Throws<DocumentRejectedException>(() =>
            reader.Read(Samples.Bytes("hard-cases/libreoffice-writer-password.pdf"), "x.pdf", MediaTypes.Pdf));
        Assert.IsType<UglyToad.PdfPig.Exceptions.PdfDocumentEncryptedException>(e.InnerException);
    }

    [Fact]
    public void Read_TruncatedContractPdf_IsCorrupt()
    {
        var bytes = Samples.Bytes("contracts/ETELOS,INC_03_09_2004-EX-10.8-DISTRIBUTOR AGREEMENT.PDF");

        var e = Assert.Throws<DocumentRejectedException>(() => reader.Read(bytes.AsMemory(0, bytes.Length / 2), "cut.pdf", null));
        Assert.Equal(FailureReason.Corrupt, e.Reason);
    }
}
