using ContractIntel.Extraction.Fields;

namespace ContractIntel.Tests.Fields;

public sealed class DefinedTermExtractorTests
{
    [Theory]
    [InlineData("Audible Inc. a Delaware corporation (\"Company\").", "Company")]
    [InlineData("This CO-BRANDING AGREEMENT (this \"Agreement\") is made", "Agreement")]
    [InlineData("This Agreement (the \"Agreement\") is made", "Agreement")]
    [InlineData("Eton Pharmaceuticals, Inc. (“ETON”), a Delaware corporation", "ETON")]
    [InlineData("CRO Consulting (Pty) Limited (hereinafter referred to as \"CRO\")", "CRO")]
    [InlineData("Cano Petroleum, referred to in this Agreement as \"Company\" and", "Company")]
    public void Finds_the_term_with_straight_or_smart_quotes(string text, string term)
    {
        var t = Assert.Single(new DefinedTermExtractor().Find(text));
        Assert.Equal(term, t.Term);
        Assert.Equal(term, text[t.TermStart..t.TermEnd]);
    }

    [Fact]
    public void One_parenthesis_can_define_several_terms()
    {
        const string text = "Mount Kowledge Holdings Inc. (\"Marketing Affiliate\", \"MA\")";
        var terms = new DefinedTermExtractor().Find(text);
        Assert.Equal(["Marketing Affiliate", "MA"], terms.Select(t => t.Term));
        Assert.All(terms, t => Assert.Equal("(\"Marketing Affiliate\", \"MA\")", text[t.Start..t.End]));
    }

    [Fact]
    public void A_reference_is_not_a_definition() =>
        Assert.Empty(new DefinedTermExtractor().Find("the Products (as defined in \"Schedule A\") and"));
}
