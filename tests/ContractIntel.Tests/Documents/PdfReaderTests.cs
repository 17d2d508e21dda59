using ContractIntel.Extraction.Documents;

namespace ContractIntel.Tests.Documents;

public sealed class PdfReaderTests
{
    private const string Etelos = "contracts/ETELOS,INC_03_09_2004-EX-10.8-DISTRIBUTOR AGREEMENT.PDF";

    private static readonly DocumentText Document = new DocumentReader(new ExtractionLimits()).Read(Samples.Bytes(Etelos), "etelos.pdf", null);

    private static string PageText(int number)
    {
        var page = Document.Pages[number - 1];
        return Document.Text[page.Start..page.End];
    }

    [Fact]
    public void Read_ContractPdf_OnePageSpanPerPdfPage()
    {
        Assert.Equal(MediaTypes.Pdf, Document.MediaType);
        Assert.Equal(9, Document.Pages.Count);
        DocumentAssert.PagesTile(Document);
    }

    [Fact]
    public void Read_ContractPdf_KeepsLineBreaksInsteadOfGluingLines()
    {
        var page1 = PageText(1);
        Assert.StartsWith("EXHIBIT 10.8\nDISTRIBUTOR AGREEMENT", page1, StringComparison.Ordinal);
        Assert.Contains("1.1 “Products” means the Tripath semiconductor products identified by Tripath in writing from time to time.\n1.2 Tripath",
            page1, StringComparison.Ordinal);
        Assert.Contains("within the\nTerritory. Distributor will not sell", page1, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ContractPdf_PagesJoinedByABlankLineThatBelongsToTheEarlierPage()
    {
        var page1 = PageText(1);
        Assert.EndsWith("(such as sales aids and\n\n", page1, StringComparison.Ordinal);
        Assert.StartsWith("Distributor Agreement\nliterature, data sheets", PageText(2).TrimStart(), StringComparison.Ordinal);
        Assert.Equal(2, Document.PageAt(Document.Text.IndexOf("literature, data sheets", StringComparison.Ordinal)));
    }

    [Fact]
    public void Read_ContractPdf_TextHasNoControlCharactersButLineFeedAndTab()
    {
        Assert.DoesNotContain(Document.Text, c => char.IsControl(c) && c is not ('\n' or '\t'));
        Assert.DoesNotContain('\u00A0', Document.Text);
    }

    [Theory]
    [InlineData("contracts/MidwestEnergyEmissionsCorp_20080604_8-K_EX-10.2_3093976_EX-10.2_Content License Agreement.pdf", 10)]
    [InlineData("contracts/ADAMSGOLFINC_03_21_2005-EX-10.17-ENDORSEMENT AGREEMENT.PDF", 13)]
    [InlineData("contracts/THERAVANCEBIOPHARMA,INC_05_08_2020-EX-10.2-SERVICE AGREEMENT.PDF", 14)]
    [InlineData("contracts/JOINTCORP_09_19_2014-EX-10.15-FRANCHISE AGREEMENT.PDF", 64)]
    public void Read_EveryContractPdf_HasItsPagesAndText(string sample, int pages)
    {
        var document = new DocumentReader(new ExtractionLimits()).Read(Samples.Bytes(sample), Path.GetFileName(sample), null);

        Assert.Equal(pages, document.Pages.Count);
        Assert.True(document.Text.Count(char.IsLetter) > 500 * pages, "a text-layer contract has hundreds of letters a page");
        Assert.Contains("Agreement", document.Text, StringComparison.OrdinalIgnoreCase);
    }
}
