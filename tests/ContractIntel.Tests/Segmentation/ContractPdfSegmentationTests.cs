using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Tests.Segmentation;

/// <summary>Segmentation of real contract PDFs, where every line ends in a break and paragraphs must be reflowed.</summary>
public sealed class ContractPdfSegmentationTests
{
    private static readonly Segmented Etelos = new("contracts/ETELOS,INC_03_09_2004-EX-10.8-DISTRIBUTOR AGREEMENT.PDF");
    private static readonly Segmented Adams = new("contracts/ADAMSGOLFINC_03_21_2005-EX-10.17-ENDORSEMENT AGREEMENT.PDF");
    private static readonly Segmented Joint = new("contracts/JOINTCORP_09_19_2014-EX-10.15-FRANCHISE AGREEMENT.PDF");

    [Theory]
    [InlineData("1. Products")]
    [InlineData("2. Appointment and Term")]
    [InlineData("3. Distributor Responsibilities")] // after a line that does not end in a period
    [InlineData("6. Pricing, credits, and allowances")]
    [InlineData("9. Returns")]
    [InlineData("10. Limited Warranty")]
    public void Split_NumberedHeadings_AreSections(string heading)
    {
        var section = Etelos.Section(heading);
        var paragraph = Etelos.Next(section, SegmentKind.Paragraph);
        Assert.Equal(section.Index, paragraph.Parent);
    }

    [Fact]
    public void Split_NumberedClauses_AreParagraphsNotSections()
    {
        Assert.DoesNotContain(Etelos.Of(SegmentKind.Section), s => s.Text.StartsWith("2.2", StringComparison.Ordinal));
        var paragraph = Assert.Single(Etelos.Of(SegmentKind.Paragraph), p => p.Text.StartsWith("2.2 Distributor will use best efforts", StringComparison.Ordinal));
        Assert.EndsWith("which will not\nbe unreasonably withheld.", paragraph.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_ReflowedLines_SentenceSpansTheLineBreakAndSplitsAtItsPeriod()
    {
        var first = Etelos.SentenceWith("2.2 Distributor will use best efforts");
        Assert.Equal("2.2 Distributor will use best efforts to develop the local market and promote the sales of Products within the\nTerritory.", first.Text);
        var second = Etelos.Next(first, SegmentKind.Sentence);
        Assert.Equal("Distributor will not sell outside the Territory without Tripath’s prior written permission, which will not\nbe unreasonably withheld.", second.Text);
        Assert.Equal(first.Parent, second.Parent);
    }

    [Fact]
    public void Split_InlineRomanListMarkers_DoNotBreakTheSentence()
    {
        var sentence = Etelos.SentenceWith("2.3 After one month’s written notice");
        Assert.Equal("2.3 After one month’s written notice, Tripath may in its discretion amend (i) the Products, and/or (ii) the Territory.", sentence.Text);
    }

    [Fact]
    public void Split_EtcFollowedByLowercase_DoesNotEndTheSentence()
    {
        Assert.StartsWith("literature, data sheets, application notes, etc.) for the Products, and Distributor will maintain",
            Etelos.SentenceWith("etc.) for the Products").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_RunningHeadersAndPageNumbers_AreNotInAnySegment()
    {
        // "Distributor Agreement" heads pages 2-9 and "-2-" .. "-9-" end them.
        Assert.DoesNotContain(Etelos.Segments, s => s.Text.Contains("Distributor Agreement", StringComparison.Ordinal));
        Assert.DoesNotContain(Etelos.Segments, s => s.Text.Contains("-2-", StringComparison.Ordinal));
        // The franchise agreement's three-line footer ends every page.
        Assert.DoesNotContain(Joint.Segments, s => s.Text.Contains("THE JOINT…THE CHIROPRACTIC PLACE™", StringComparison.Ordinal));
    }

    [Fact]
    public void Split_AllCapsHeadingLine_IsNotMergedWithTheNextSentence()
    {
        var witnesseth = Adams.Section("WITNESSETH");
        Assert.StartsWith("WHEREAS, ADAMS GOLF desires to obtain the right", Adams.Next(witnesseth, SegmentKind.Sentence).Text, StringComparison.Ordinal);

        var indemnity = Adams.Section("14. INDEMNITY");
        Assert.StartsWith("CONSULTANT agrees to protect, indemnify and hold ADAMS GOLF harmless", Adams.Next(indemnity, SegmentKind.Sentence).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_ListItemsOnTheirOwnLines_AreParagraphs()
    {
        // "A." / "B." items under section 24, each starting its own line.
        var items = Adams.Of(SegmentKind.Paragraph).Where(p => p.Text.StartsWith("A.In  the event of termination", StringComparison.Ordinal)
                                                              || p.Text.StartsWith("B.In  the event of termination", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(items[0].Parent, items[1].Parent);
        Assert.Equal("24.  ADAMS GOLF’S RIGHTS UPON TERMINATION", Adams.Segments[items[0].Parent!.Value].Text);
    }
}
