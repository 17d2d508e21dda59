using ContractIntel.Extraction.Documents;

namespace ContractIntel.Tests.Documents;

/// <summary>Each hard-case PDF (see samples/README.md) fails with its own reason, or is read where PdfPig recovers it.</summary>
public sealed class HardCaseTests
{
    private readonly DocumentReader reader = new(new ExtractionLimits());

    [Theory]
    [InlineData("libreoffice-writer-password.pdf", "encrypted")]
    [InlineData("skew-encrypted.pdf", "encrypted")]
    // Opens with the empty user password; its only page is an image.
    [InlineData("encrypted_algo4.pdf", "no_text_layer")]
    [InlineData("linn.pdf", "no_text_layer")]
    [InlineData("c02-22.pdf", "no_text_layer")]
    [InlineData("kcs.pdf", "no_text_layer")]
    // Six image pages; four carry the 10-letter word "Background".
    [InlineData("imagemagick-images.pdf", "no_text_layer")]
    // Six mostly-image pages with 52 stray letters (chart labels).
    [InlineData("multipage.pdf", "no_text_layer")]
    [InlineData("invalid.pdf", "corrupt")]
    // A page without /Contents is a blank page: nothing on it, no text and no image.
    [InlineData("no_contents.pdf", "empty")]
    public void Read_HardCase_RejectsWithItsReason(string file, string reason)
    {
        var e = Assert.Throws<DocumentRejectedException>(() => reader.Read(Samples.Bytes("hard-cases/" + file), file, null));
        Assert.Equal(reason, e.Reason.ToCode());
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
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
