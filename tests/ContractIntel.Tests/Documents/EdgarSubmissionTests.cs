using ContractIntel.Extraction.Documents;

namespace ContractIntel.Tests.Documents;

public sealed class EdgarSubmissionTests
{
    private static DocumentText Read(string sample) =>
        new DocumentReader(new ExtractionLimits()).Read(Samples.Bytes(sample), Path.GetFileName(sample), null);

    private static string PageText(DocumentText document, int number)
    {
        var page = document.Pages[number - 1];
        return document.Text[page.Start..page.End];
    }

    [Fact]
    public void Read_PemWrappedSubmission_SplitsIntoItsDocumentsWithoutTheWrapper()
    {
        var document = Read("edgar/0001011438-98-000429.txt");

        Assert.Equal(MediaTypes.EdgarSubmission, document.MediaType);
        foreach (var markup in new[] { "BEGIN PRIVACY-ENHANCED MESSAGE", "Originator-Key-Asymmetric", "<SEC-HEADER>", "ACCESSION NUMBER",
                     "<DOCUMENT>", "<TYPE>", "<TEXT>", "<PAGE>", "<TABLE>", "<C>", "<S>" })
            Assert.DoesNotContain(markup, document.Text, StringComparison.Ordinal);
        // The 8-K has three <PAGE> markers (four pages); the EX-20.1 statement starts page five.
        Assert.Equal(5, document.Pages.Count);
        Assert.StartsWith("SECURITIES AND EXCHANGE COMMISSION", PageText(document, 1).TrimStart(), StringComparison.Ordinal);
        Assert.Contains("Item 7. FINANCIAL STATEMENTS", PageText(document, 2), StringComparison.Ordinal);
        Assert.StartsWith("EXHIBIT 20.1", PageText(document, 5).TrimStart(), StringComparison.Ordinal);
        DocumentAssert.PagesTile(document);
    }

    [Fact]
    public void Read_SubmissionWithoutHeader_SplitsIntoItsDocuments()
    {
        var document = Read("edgar/0000899681-95-000096.txt");

        Assert.Equal(MediaTypes.EdgarSubmission, document.MediaType);
        Assert.DoesNotContain("<TYPE>", document.Text, StringComparison.Ordinal);
        // S-3/A: three <PAGE> markers, four pages; then the EX-99 part on its own page.
        Assert.Equal(5, document.Pages.Count);
        Assert.Contains("AMENDMENT NO. 2", PageText(document, 1), StringComparison.Ordinal);
        Assert.Contains("FORM S-3", PageText(document, 1), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SubmissionWithHtmlAndBinaryParts_ReadsHtmlAndSkipsTheBinary()
    {
        var submission = "<SEC-DOCUMENT>0000000000-24-000001.txt : 20240101\n<SEC-HEADER>COMPANY CONFORMED NAME: ACME\n</SEC-HEADER>\n"
            + "<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<FILENAME>acme-8k.htm\n<TEXT>\n<html><body><p>Item 1.01 Entry into an Agreement.</p>"
            + "<script>hidden()</script></body></html>\n</TEXT>\n</DOCUMENT>\n"
            + "<DOCUMENT>\n<TYPE>GRAPHIC\n<SEQUENCE>2\n<FILENAME>logo.jpg\n<TEXT>\nbegin 644 logo.jpg\nM_]C_X``02D9)1@`!`0$`8`!@``#_\nend\n</TEXT>\n</DOCUMENT>\n"
            + "<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>3\n<FILENAME>ex99.txt\n<TEXT>\nPress release text.\n<PAGE>\nSecond page.\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n";
        var document = new DocumentReader(new ExtractionLimits()).Read(System.Text.Encoding.ASCII.GetBytes(submission), "acme.txt", "text/plain");

        Assert.Equal(MediaTypes.EdgarSubmission, document.MediaType);
        Assert.Equal("Item 1.01 Entry into an Agreement.\n\nPress release text.\nSecond page.", document.Text);
        Assert.Equal([0, 36, 56], document.Pages.Select(p => p.Start));
        Assert.DoesNotContain("begin 644", document.Text, StringComparison.Ordinal);
    }
}
