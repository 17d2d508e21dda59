using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Fields;
using ContractIntel.Extraction.Inference;

namespace ContractIntel.Tests.Fields;

public sealed class GoverningLawExtractorTests
{
    private static DocumentText Doc(string text) => new(text, [new PageSpan(1, 0, text.Length)], "text/plain");

    [Theory]
    [InlineData("This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to conflict of laws principles.", "New York")]
    [InlineData("This Agreement shall be governed by and construed in accordance with the laws of England and Wales, without regard to conflict of laws.", "England and Wales")]
    [InlineData("This Agreement shall be governed by the laws of the People's Republic of China that are promulgated and publicly available.", "People's Republic of China")]
    [InlineData("This Agreement shall be governed by laws of the Province of Ontario and the federal laws of Canada applicable therein.", "Ontario, Canada")]
    [InlineData("This Agreement shall be governed by the laws of the United States and the State of Florida, except for its conflict of law rules.", "Florida")]
    [InlineData("This Agreement is governed by English law.", "England")]
    // CUAD Cybergy affiliate agreement: the state is named before "the laws thereof".
    [InlineData("This Agreement is accepted by Company in the State of Nevada and shall be governed by and construed in accordance with the laws thereof, which laws shall prevail in the event of any conflict.", "Nevada")]
    // CUAD Fidelity National: a PDF page break inside the sentence.
    [InlineData("This Agreement shall be construed in accordance with, and governed by, the\n\n\n\n\n\nlaws of the State of Georgia, without regard to the conflicts of law rules of such state.", "Georgia")]
    public void Names_the_jurisdiction_cuad_style(string sentence, string expected)
    {
        var text = "1. Services. Consultant shall provide the Services. " + sentence + " 12. Notices. All notices shall be in writing.";
        var law = Assert.Single(new GoverningLawExtractor().Extract(Doc(text), []), f => f.Name == FieldNames.GoverningLaw);
        Assert.Equal(expected, law.Value);
        Assert.Equal(law.Raw, text[law.Start..law.End]);
        Assert.Equal(GoverningLawExtractor.Name, law.Extractor);
    }

    [Fact]
    public void Where_a_party_is_incorporated_is_not_the_governing_law()
    {
        const string text = "Licensor represents that it is validly incorporated under the laws of The State of Florida, USA and that this Agreement, when signed, is binding on it.";
        Assert.Empty(new GoverningLawExtractor().Extract(Doc(text), []));
    }

    [Fact]
    public void The_forum_is_a_separate_field()
    {
        const string text = "This Agreement shall be governed by the laws of the State of Israel, and the courts of Tel-Aviv, Israel shall have exclusive jurisdiction.";
        var fields = new GoverningLawExtractor().Extract(Doc(text), []);
        Assert.Equal("Israel", fields.Single(f => f.Name == FieldNames.GoverningLaw).Value);
        var forum = fields.Single(f => f.Name == FieldNames.Forum);
        Assert.Equal("Tel-Aviv, Israel", forum.Value);
        Assert.Equal(forum.Raw, text[forum.Start..forum.End]);
    }

    [Fact]
    public void A_clause_finding_is_read_first_and_raises_confidence()
    {
        const string other = "The Escrow Agreement shall be governed by the laws of the State of Delaware. ";
        const string clause = "This Agreement shall be governed by the laws of the State of Texas.";
        var text = other + clause;
        var finding = new ClauseFinding("Governing Law", 1, 1, other.Length, text.Length, clause, 0.9f, "clauses", "1");
        var law = new GoverningLawExtractor().Extract(Doc(text), [finding]).Single(f => f.Name == FieldNames.GoverningLaw);
        Assert.Equal("Texas", law.Value);
        Assert.True(law.Confidence > 0.9);
        var unhinted = new GoverningLawExtractor().Extract(Doc(text), []).Single(f => f.Name == FieldNames.GoverningLaw);
        Assert.True(unhinted.Confidence < law.Confidence);
    }

    [Fact]
    public void Absent_when_the_contract_states_no_law() =>
        Assert.Empty(new GoverningLawExtractor().Extract(Doc("The parties shall interpret this Agreement in good faith. Notices go to the addresses above."), []));
}
