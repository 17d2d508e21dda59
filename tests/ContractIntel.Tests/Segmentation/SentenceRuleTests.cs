using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Tests.Segmentation;

/// <summary>The sentence rules one at a time, on short texts written for the purpose.</summary>
public sealed class SentenceRuleTests
{
    private static List<string> Sentences(string text)
    {
        var document = new DocumentText(text, [new PageSpan(1, 0, text.Length)], MediaTypes.PlainText);
        return new Segmenter().Split(document).Where(s => s.Kind == SegmentKind.Sentence).Select(s => s.Text).ToList();
    }

    [Theory]
    [InlineData("Acme Corp. and Beta Co. agree.")]
    [InlineData("Payment is due under Purchase Order No. 4512 without delay.")]
    [InlineData("See Sec. 4 and Art. IV of the plan.")]
    [InlineData("Any fees, e.g. late fees, i.e. those due, are payable.")]
    [InlineData("Supplies, etc. are included in the price.")]
    [InlineData("Notices go to Mr. Smith and Dr. Jones at 1 Main St. in Boston.")]
    [InlineData("The term starts Jan. 5 and ends Dec. 31 of that year.")]
    [InlineData("Signed by J. Smith on behalf of Acme.")]
    [InlineData("The fee rises by 1.5 percent under Section 2.1 each year.")]
    [InlineData("Acme Holdings, L.L.C. and Bank of America, N.A. are parties.")]
    [InlineData("The lender shall (a) fund the loan and (b) release the lien.")]
    public void Split_Abbreviations_KeepOneSentence(string text)
    {
        Assert.Equal([text], Sentences(text));
    }

    [Theory]
    [InlineData("The term is one year. The fee is fixed.", "The term is one year.", "The fee is fixed.")]
    [InlineData("It is governed by the laws of the U.S. The parties agree.", "It is governed by the laws of the U.S.", "The parties agree.")]
    [InlineData("The forms are in Exhibit A. Each party signs them.", "The forms are in Exhibit A.", "Each party signs them.")]
    [InlineData("Supplies, etc. Other items are billed.", "Supplies, etc.", "Other items are billed.")]
    [InlineData("He said \"stop.\" Then he left!", "He said \"stop.\"", "Then he left!")]
    [InlineData("Is it due? Yes.", "Is it due?", "Yes.")]
    public void Split_RealSentenceEnds_Split(string text, string first, string second)
    {
        Assert.Equal([first, second], Sentences(text));
    }

    [Fact]
    public void Split_RunOnOverTheLimit_IsCutAtSemicolons()
    {
        var clause = "the Supplier shall deliver the goods to the site named in the order and in the quantities stated there";
        var text = string.Join("; ", Enumerable.Repeat(clause, 25)) + ".";

        var sentences = Sentences(text);

        Assert.True(sentences.Count > 1);
        Assert.All(sentences, s => Assert.True(s.Length <= SentenceSplitter.MaxSentence, $"{s.Length} chars"));
        Assert.All(sentences.SkipLast(1), s => Assert.EndsWith(";", s, StringComparison.Ordinal));
        Assert.Equal(text, string.Join(" ", sentences));
    }

    [Fact]
    public void Split_ArticleHeadingWithTitleLine_IsOneSection()
    {
        var text = "ARTICLE IV\nCONFIDENTIALITY\nEach party shall keep the other's information secret.";
        var document = new DocumentText(text, [new PageSpan(1, 0, text.Length)], MediaTypes.PlainText);

        var segments = new Segmenter().Split(document);

        Assert.Equal(SegmentKind.Section, segments[0].Kind);
        Assert.Equal("ARTICLE IV\nCONFIDENTIALITY", segments[0].Text);
        Assert.Equal("Each party shall keep the other's information secret.", segments[2].Text);
        Assert.Equal(0, segments[1].Parent);
    }

    [Theory]
    [InlineData("ARTICLE 1 - DEFINITIONS\nTerms have these meanings.", "ARTICLE 1 - DEFINITIONS")]
    [InlineData("Section 5. Term. This Agreement lasts two years.", "Section 5. Term.")]
    [InlineData("Section 5. This Agreement lasts two years.", "Section 5.")]
    [InlineData("12.3 Governing Law. This Agreement is governed by Delaware law.", "12.3 Governing Law.")]
    [InlineData("GOVERNING LAW. This Agreement is governed by Delaware law.", "GOVERNING LAW.")]
    public void Split_HeadingForms_AreSections(string text, string heading)
    {
        var document = new DocumentText(text, [new PageSpan(1, 0, text.Length)], MediaTypes.PlainText);
        var segments = new Segmenter().Split(document);

        Assert.Equal(SegmentKind.Section, segments[0].Kind);
        Assert.Equal(heading, segments[0].Text);
        Assert.Equal(SegmentKind.Paragraph, segments[1].Kind);
    }

    [Fact]
    public void Split_LaidOutListItems_StartSentencesButInlineItemsDoNot()
    {
        Assert.Equal(["You agree that:", "(a) the premises are used only for the franchise;", "(b) no alterations are made."],
            Sentences("You agree that:   (a) the premises are used only for the franchise;   (b) no alterations are made."));
        Assert.Equal(["You agree that: (a) the premises are used only for the franchise; (b) no alterations are made."],
            Sentences("You agree that: (a) the premises are used only for the franchise; (b) no alterations are made."));
    }

    [Fact]
    public void Split_FlattenedHeadingFollowedBySubclause_SplitsBeforeTheSubclauseNumber()
    {
        var text = "2. RELATIONSHIP OF THE PARTIES 2.1 Non-Exclusive Reseller Subject to the terms of this Agreement, Galaxy appoints Telnet.";
        var document = new DocumentText(text, [new PageSpan(1, 0, text.Length)], MediaTypes.PlainText);

        var segments = new Segmenter().Split(document);

        Assert.Equal("2. RELATIONSHIP OF THE PARTIES", segments[0].Text);
        Assert.StartsWith("2.1 Non-Exclusive Reseller Subject", segments[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_CapitalisedDisclaimerLine_IsNotAHeading()
    {
        var text = "The parties agree.\nOR ANY OTHER LEGAL THEORY, IS LIMITED TO, AND SHALL NOT EXCEED\n$31,200.00.";
        var document = new DocumentText(text, [new PageSpan(1, 0, text.Length)], MediaTypes.PlainText);

        Assert.DoesNotContain(new Segmenter().Split(document), s => s.Kind == SegmentKind.Section);
    }

    [Fact]
    public void Split_AmountOrAddressAtLineStart_IsNotAHeading()
    {
        var text = "The Company pays the sum stated below.\n30 Rockefeller Plaza\n10 days after notice the fee is due.";
        var document = new DocumentText(text, [new PageSpan(1, 0, text.Length)], MediaTypes.PlainText);

        Assert.DoesNotContain(new Segmenter().Split(document), s => s.Kind == SegmentKind.Section);
    }
}
