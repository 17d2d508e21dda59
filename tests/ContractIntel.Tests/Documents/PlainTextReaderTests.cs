using System.Text;
using ContractIntel.Extraction.Documents;

namespace ContractIntel.Tests.Documents;

public sealed class PlainTextReaderTests
{
    private static DocumentText Read(byte[] bytes) => new DocumentReader(new ExtractionLimits()).Read(bytes, "doc.txt", null);

    [Theory]
    [InlineData("cuad-txt/SIBANNAC,INC_12_04_2017-EX-2.1-Strategic Alliance Agreement.txt")]
    [InlineData("cuad-txt/PANDIONTHERAPEUTICSHOLDCOLLC_05_22_2020-EX-10.17-CONSULTING AGREEMENT.txt")]
    [InlineData("cuad-txt/STAMPSCOMINC_06_24_1999-EX-10.18-SPONSORSHIP AGREEMENT.txt")]
    public void Read_CuadText_IsTheFileContentExactly(string sample)
    {
        var document = Read(Samples.Bytes(sample));

        // CUAD's gold clause offsets index into the file's characters, so the text must be exactly them.
        Assert.Equal(File.ReadAllText(Samples.PathOf(sample), new UTF8Encoding(false)), document.Text);
        Assert.Equal(MediaTypes.PlainText, document.MediaType);
        Assert.Single(document.Pages);
    }

    [Fact]
    public void Read_CrLfAndLoneCr_BecomeLineFeeds()
    {
        Assert.Equal("one\ntwo\nthree\n", Read("one\r\ntwo\rthree\r\n"u8.ToArray()).Text);
    }

    [Fact]
    public void Read_FormFeeds_ArePageBreaksAndKeepTheLength()
    {
        var document = Read("page one\fpage two\fpage three\f"u8.ToArray());

        Assert.Equal("page one\npage two\npage three\n", document.Text);
        Assert.Equal([(1, 0, 9), (2, 9, 18), (3, 18, 29)], document.Pages.Select(p => (p.Number, p.Start, p.End)));
    }

    [Fact]
    public void Split_FormFeedInsideAParagraph_EndsTheParagraphAtThePage()
    {
        var document = Read("The Supplier shall deliver the goods\fto the site named in the order.\n"u8.ToArray());

        var paragraphs = new ContractIntel.Extraction.Segmentation.Segmenter().Split(document)
            .Where(s => s.Kind == ContractIntel.Extraction.Segmentation.SegmentKind.Paragraph).ToList();

        Assert.Equal(["The Supplier shall deliver the goods", "to the site named in the order."], paragraphs.Select(p => p.Text));
        Assert.Equal([1, 2], paragraphs.Select(p => p.Page));
    }

    [Fact]
    public void Read_Utf8Bom_IsStripped()
    {
        Assert.Equal("Agreement", Read([0xEF, 0xBB, 0xBF, .. "Agreement"u8]).Text);
    }

    [Fact]
    public void Read_InvalidUtf8_FallsBackToWindows1252()
    {
        // 0xE9 is é in Latin-1; 0x93/0x94 are curly quotes in Windows-1252 (C1 controls in strict Latin-1).
        byte[] bytes = [.. "caf"u8, 0xE9, (byte)' ', 0x93, .. "quoted"u8, 0x94];
        Assert.Equal("café “quoted”", Read(bytes).Text);
    }

    [Fact]
    public void Read_ControlCharactersAndNoBreakSpaces_BecomeSpacesOfTheSameLength()
    {
        // Declared as text: sniffing alone calls bytes with NUL binary.
        var document = new DocumentReader(new ExtractionLimits()).Read(Encoding.UTF8.GetBytes("a\0b\u0007c\u00A0d\te\u001Bf"), "doc.txt", MediaTypes.PlainText);
        Assert.Equal("a b c d\te f", document.Text);
    }
}
