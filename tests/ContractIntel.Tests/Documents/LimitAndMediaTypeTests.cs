using System.Text;
using ContractIntel.Extraction.Documents;

namespace ContractIntel.Tests.Documents;

public sealed class LimitAndMediaTypeTests
{
    private const string Etelos = "contracts/ETELOS,INC_03_09_2004-EX-10.8-DISTRIBUTOR AGREEMENT.PDF";

    [Theory]
    [InlineData(Etelos, MediaTypes.Pdf)]
    [InlineData("edgar/10-K_0001376474-16-000635.html", MediaTypes.Html)]
    [InlineData("edgar/aapl-10-q-2025-08-01.html", MediaTypes.Html)]
    [InlineData("edgar/Oracle.8-K.html", MediaTypes.Html)]
    [InlineData("edgar/0001011438-98-000429.txt", MediaTypes.EdgarSubmission)]
    [InlineData("edgar/0000899681-95-000096.txt", MediaTypes.EdgarSubmission)]
    [InlineData("cuad-txt/STAMPSCOMINC_06_24_1999-EX-10.18-SPONSORSHIP AGREEMENT.txt", MediaTypes.PlainText)]
    [InlineData("word/PANDIONTHERAPEUTICSHOLDCOLLC_05_22_2020-EX-10.17-CONSULTING AGREEMENT.docx", MediaTypes.Docx)]
    public void DetectMediaType_Sample_FromItsBytes(string sample, string expected)
    {
        // A misleading name shows the bytes decide.
        Assert.Equal(expected, DocumentReader.DetectMediaType(Samples.Bytes(sample), "document.bin"));
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "contract.docx")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "archive.zip")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "scan.png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10 }, "scan.pdf")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1 }, "old.doc")]
    [InlineData(new byte[] { 0x00, 0x01, 0x02, 0x03, 0x00, 0x9F }, "blob.bin")]
    public void DetectMediaType_UnsupportedBytes_IsNull(byte[] bytes, string fileName)
    {
        Assert.Null(DocumentReader.DetectMediaType(bytes, fileName));
    }

    [Fact]
    public void DetectMediaType_BinaryNamedPdf_IsPdfSoTheReaderCallsItCorrupt()
    {
        byte[] bytes = [0x00, 0x13, 0x37, 0x00, 0x42, 0x01];
        Assert.Equal(MediaTypes.Pdf, DocumentReader.DetectMediaType(bytes, "broken.pdf"));
        var e = Assert.Throws<DocumentRejectedException>(() => new DocumentReader(new ExtractionLimits()).Read(bytes, "broken.pdf", null));
        Assert.Equal(FailureReason.Corrupt, e.Reason);
    }

    [Fact]
    public void DetectMediaType_HtmlFragmentWithHtmExtension_IsHtml()
    {
        Assert.Equal(MediaTypes.Html, DocumentReader.DetectMediaType("<DIV>Item 1.01</DIV>"u8, "ex10.htm"));
        Assert.Equal(MediaTypes.PlainText, DocumentReader.DetectMediaType("Item 1.01 <b>"u8, "notes.txt"));
    }

    [Fact]
    // A zip without word/document.xml is no Word file, whatever its name.
    public void Read_Zip_IsUnsupportedMediaType()
    {
        var e = Assert.Throws<DocumentRejectedException>(() =>
            new DocumentReader(new ExtractionLimits()).Read(new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3 }, "a.docx", null));
        Assert.Equal("unsupported_media_type", e.Reason.ToCode());
    }

    [Fact]
    public void Read_OctetStreamDeclared_DetectsFromBytes()
    {
        var document = new DocumentReader(new ExtractionLimits()).Read(Samples.Bytes(Etelos), "upload", "application/octet-stream");
        Assert.Equal(MediaTypes.Pdf, document.MediaType);
    }

    [Fact]
    public void Read_PdfOverPageLimit_IsTooManyPages()
    {
        var reader = new DocumentReader(new ExtractionLimits { MaxPages = 5 });
        var e = Assert.Throws<DocumentRejectedException>(() => reader.Read(Samples.Bytes(Etelos), "etelos.pdf", null));
        Assert.Equal("too_many_pages", e.Reason.ToCode());
    }

    [Fact]
    public void Read_HtmlOverPageLimit_IsTooManyPages()
    {
        var reader = new DocumentReader(new ExtractionLimits { MaxPages = 10 });
        var e = Assert.Throws<DocumentRejectedException>(() => reader.Read(Samples.Bytes("edgar/10-K_0001376474-16-000635.html"), "10k.html", null));
        Assert.Equal(FailureReason.TooManyPages, e.Reason);
    }

    [Fact]
    public void Read_OverByteLimit_IsTooLarge()
    {
        var reader = new DocumentReader(new ExtractionLimits { MaxBytes = 1000 });
        var e = Assert.Throws<DocumentRejectedException>(() => reader.Read(Samples.Bytes(Etelos), "etelos.pdf", null));
        Assert.Equal("too_large", e.Reason.ToCode());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\r\n  \f ")]
    public void Read_NoBytesOrOnlyWhitespace_IsEmpty(string content)
    {
        var e = Assert.Throws<DocumentRejectedException>(() =>
            new DocumentReader(new ExtractionLimits()).Read(Encoding.UTF8.GetBytes(content), "empty.txt", null));
        Assert.Equal("empty", e.Reason.ToCode());
    }

    [Fact]
    public void Read_HtmlWithNoVisibleText_IsEmpty()
    {
        var html = "<html><head><title>t</title><style>p{}</style></head><body><script>x()</script></body></html>"u8.ToArray();
        var e = Assert.Throws<DocumentRejectedException>(() => new DocumentReader(new ExtractionLimits()).Read(html, "a.html", null));
        Assert.Equal(FailureReason.Empty, e.Reason);
    }
}
