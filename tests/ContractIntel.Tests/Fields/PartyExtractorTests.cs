using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Fields;

namespace ContractIntel.Tests.Fields;

public sealed class PartyExtractorTests
{
    private static DocumentText Doc(string text) => new(text, [new PageSpan(1, 0, text.Length)], "text/plain");

    private static List<string> Values(IEnumerable<ExtractedField> fields, string name) => fields.Where(f => f.Name == name).Select(f => f.Value).ToList();

    [Fact]
    public void Preamble_parties_and_their_defined_names()
    {
        // CUAD dev contract: Audible / Amazon co-branding agreement.
        const string text = "CO-BRANDING, MARKETING AND DISTRIBUTION AGREEMENT This Agreement, dated as of January 30, 2000 (\"Effective Date\"), " +
            "is made and entered into by and between Amazon.com Commerce Services, Inc., a Delaware corporation (\"ACSI\"), and Audible Inc. " +
            "a Delaware corporation (\"Company\"). ACSI and Company are sometimes referred to collectively herein as the \"Parties\" and " +
            "individually as a \"Party.\" ACSI and Company agree as follows:";
        var fields = new PartyExtractor().Extract(Doc(text));
        Assert.Equal(["Amazon.com Commerce Services, Inc.", "Audible Inc."], Values(fields, FieldNames.Party));
        Assert.Equal(["ACSI", "Company"], Values(fields, FieldNames.PartyDefinedName));
        // A defined name joins its party on Start.
        var party = fields.First(f => f.Name == FieldNames.Party && f.Value == "Audible Inc.");
        var defined = fields.Single(f => f.Name == FieldNames.PartyDefinedName && f.Value == "Company");
        Assert.Equal(party.Start, defined.Start);
        Assert.All(fields, f => Assert.Equal(f.Raw, text[f.Start..f.End]));
    }

    [Fact]
    public void A_person_after_the_previous_partys_address()
    {
        // CUAD dev contract: Prudential Bancorp split-dollar agreement.
        const string text = "THIS AGREEMENT is made and entered into this 1st day of June, 2017 by and between Prudential Bank (hereinafter " +
            "referred to as the \"Employer\"), located in Philadelphia, Pennsylvania and Jeffrey Hanuscin, (hereinafter referred to as the " +
            "\"Employee\"), residing at 2406 Sanibel Circle, Palmyra, NJ 08065.\n\nWHEREAS, the Employee has performed his duties";
        var fields = new PartyExtractor().Extract(Doc(text));
        Assert.Equal(["Prudential Bank", "Jeffrey Hanuscin"], Values(fields, FieldNames.Party));
    }

    [Fact]
    public void A_title_line_names_parties_without_definitions()
    {
        const string text = "COLOGUARD® PROMOTION AGREEMENT BY AND BETWEEN EXACT SCIENCES CORPORATION AND PFIZER INC. August 21, 2018\n\nTABLE OF CONTENTS";
        var fields = new PartyExtractor().Extract(Doc(text));
        Assert.Equal(["EXACT SCIENCES CORPORATION", "PFIZER INC."], Values(fields, FieldNames.Party));
    }

    [Fact]
    public void No_parties_in_text_that_names_none() =>
        Assert.Empty(new PartyExtractor().Extract(Doc("1. Services. The Consultant shall perform the services described in Exhibit A.")));
}
