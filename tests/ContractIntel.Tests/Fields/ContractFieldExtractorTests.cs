using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Fields;

namespace ContractIntel.Tests.Fields;

public sealed class ContractFieldExtractorTests
{
    private const string Contract =
        "DISTRIBUTOR AGREEMENT\n\nThis Distributor Agreement (the \"Agreement\") is made as of May 8, 2014 by and between Acme Widgets, Inc., " +
        "a Delaware corporation (\"Company\"), and Beta Trading Ltd., a company organized under the laws of England (\"Distributor\").\n\n" +
        "1. Term. The term of this Agreement shall commence on the Effective Date and shall expire on May 7, 2017. This Agreement shall be " +
        "automatically renewed for successive one (1) year terms unless either party gives notice of non-renewal at least sixty (60) days prior " +
        "to the end of the then-current term.\n\n2. Fees. Distributor shall pay US$1,250,000.00 and a royalty of five percent (5%).\n\n" +
        "3. Governing Law. This Agreement shall be governed by the laws of the State of New York.\n";

    private static DocumentText TwoPages(string text)
    {
        var half = text.IndexOf("2. Fees", StringComparison.Ordinal);
        return new DocumentText(text, [new PageSpan(1, 0, half), new PageSpan(2, half, text.Length)], "text/plain");
    }

    [Fact]
    public void Every_field_carries_evidence_that_matches_the_text()
    {
        var document = TwoPages(Contract);
        var fields = new ContractFieldExtractor().Extract(document, [], []);
        Assert.NotEmpty(fields);
        Assert.All(fields, f =>
        {
            Assert.Equal(f.Raw, Contract[f.Start..f.End]);
            Assert.Equal(document.PageAt(f.Start), f.Page);
            Assert.InRange(f.Confidence, 0.0, 1.0);
            Assert.False(string.IsNullOrEmpty(f.Extractor));
            Assert.False(string.IsNullOrEmpty(f.ExtractorVersion));
        });
        string V(string name) => fields.First(f => f.Name == name).Value;
        Assert.Equal("2014-05-08", V(FieldNames.AgreementDate));
        Assert.Equal("2017-05-07", V(FieldNames.ExpirationDate));
        Assert.Equal("P1Y", V(FieldNames.RenewalTerm));
        Assert.Equal("P60D", V(FieldNames.NoticePeriodToTerminateRenewal));
        Assert.Equal("New York", V(FieldNames.GoverningLaw));
        Assert.Equal(2, fields.First(f => f.Name == FieldNames.GoverningLaw).Page);
        Assert.Equal("1250000.00 USD", V(FieldNames.Amount));
        Assert.Equal("5", V(FieldNames.Percentage));
        Assert.Equal(["Acme Widgets, Inc.", "Beta Trading Ltd."], fields.Where(f => f.Name == FieldNames.Party).Select(f => f.Value));
    }

    [Fact]
    public void Fields_the_contract_does_not_state_are_absent()
    {
        const string text = "1. Services. The Consultant shall perform the services in Exhibit A in a professional manner.\n\n2. Confidentiality. Each party keeps the other's information secret.";
        var fields = new ContractFieldExtractor().Extract(new DocumentText(text, [new PageSpan(1, 0, text.Length)], "text/plain"), [], []);
        Assert.Empty(fields);
    }
}
