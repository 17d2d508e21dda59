using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Tests.Segmentation;

/// <summary>Segmentation of CUAD plain-text contracts (one line per paragraph) and EDGAR filings.</summary>
public sealed class TextContractSegmentationTests
{
    private static readonly Segmented Stamps = new("cuad-txt/STAMPSCOMINC_06_24_1999-EX-10.18-SPONSORSHIP AGREEMENT.txt");
    private static readonly Segmented Sibannac = new("cuad-txt/SIBANNAC,INC_12_04_2017-EX-2.1-Strategic Alliance Agreement.txt");
    private static readonly Segmented TenK = new("edgar/10-K_0001376474-16-000635.html");

    [Fact]
    public void Split_CompanyAbbreviations_DoNotEndTheSentence()
    {
        var sentence = Stamps.SentenceWith("This Sponsorship Agreement (\"Agreement\") is entered into");
        Assert.Contains("by and between Intuit Inc. a Delaware corporation, located at 2550 Garcia Ave., Mountain View", sentence.Text, StringComparison.Ordinal);
        Assert.EndsWith("and Stamps.com Inc., a Delaware corporation, located at 2900 31st Street, Suite 150, Santa Monica, CA 90405-3035 (\"Client\").",
            sentence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_US_DoesNotEndTheSentence()
    {
        var sentence = Stamps.SentenceWith("\"Net Transaction Revenues\" means");
        Assert.StartsWith("1.9  \"Net Transaction Revenues\" means the aggregate amount", sentence.Text, StringComparison.Ordinal);
        Assert.Contains("for the purchase of      U.S. postage from Client by such New Customer", sentence.Text, StringComparison.Ordinal);
        Assert.EndsWith("(collectively, \"Deductions\").", sentence.Text, StringComparison.Ordinal);

        Assert.EndsWith("the laws of the State of California, U.S.A., except that      body of law concerning conflicts of laws.",
            Stamps.SentenceWith("the laws of the State of California, U.S.A.").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_InlineLetteredItems_StayInOneSentence()
    {
        var sentence = Stamps.SentenceWith("\"New Customer\" means a User who (a) registers");
        Assert.EndsWith("and (b) purchases U.S. postage from Client's service.", sentence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_NumberedInlineTitle_IsASectionAndItsTextAParagraph()
    {
        var section = Stamps.Section("2.1  Promotions.");
        var paragraph = Stamps.Next(section, SegmentKind.Paragraph);
        Assert.StartsWith("Commencing on the Launch Date and continuing throughout the", paragraph.Text, StringComparison.Ordinal);
        Assert.Equal(section.Index, paragraph.Parent);
        Assert.Equal(section.End + 1, paragraph.Start); // "Promotions." then one space
    }

    [Fact]
    public void Split_AllCapsAndNumberedHeadings_AreSections()
    {
        Stamps.Section("SPONSORSHIP AGREEMENT");
        var recitals = Stamps.Section("RECITALS");
        Stamps.Section("1.   ADDITIONAL DEFINITIONS");
        Stamps.Section("18.2 Applicable Law and Jurisdiction.");
        // The recital's "A." is its marker, not a sentence of its own.
        Assert.StartsWith("A.   Intuit maintains sites on the Internet", Stamps.Next(recitals, SegmentKind.Sentence).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_FlattenedListItems_StartTheirOwnSentences()
    {
        // CUAD flattened this list onto one line; runs of spaces mark where its lines were.
        var item = Sibannac.SentenceWith("Promote, market and introduce the Products");
        Assert.Equal("a. Promote, market and introduce the Products to prospective clients in the government space nationwide.", item.Text);
        Assert.Equal("In this capacity, Bravatek will use its best efforts to provide the following services to COMPANY.",
            Sibannac.Segments[item.Index - 1].Text);
    }

    [Fact]
    public void Split_NumberAbbreviation_DoesNotEndTheSentence()
    {
        var sentence = TenK.SentenceWith("Accounting Standards Update No. 2016-01");
        Assert.StartsWith("In January 2016, the FASB issued Accounting Standards Update No. 2016-01, Financial Instruments", sentence.Text, StringComparison.Ordinal);
        Assert.EndsWith("including interim periods within those fiscal years.", sentence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_FilingHtml_SentencesKnowTheirPage()
    {
        var sentence = TenK.SentenceWith("Accounting Standards Update No. 2016-01");
        Assert.Equal(TenK.Document.PageAt(sentence.Start), sentence.Page);
        Assert.True(sentence.Page > 40, "the accounting notes are late in the 10-K");
    }
}
