using System.Text;
using ContractIntel.Extraction.Clauses;
using ContractIntel.Extraction.Documents;

namespace ContractIntel.Tests.Fields;

public sealed class FieldSpansTests
{
    private const string Contract =
        "Exhibit 10.1\n\nCO-BRANDING AND SERVICES AGREEMENT\n\nThis Co-Branding and Services Agreement is made as of December 12, 2014 " +
        "between Acme Corp. (\"Acme\") and Beta LLC (\"Beta\").\n\n" +
        "2. Term. This Agreement shall automatically renew for successive one (1) year terms unless either party gives ninety (90) days notice.\n";

    private static List<(string Category, string Source, string Text)> Spans()
    {
        var document = new DocumentReader(new ExtractionLimits()).Read(Encoding.UTF8.GetBytes(Contract), "c.txt", "text/plain");
        return new FieldSpans().Find(document).Select(s => (s.Category, s.Source, document.Text[s.Start..s.End])).ToList();
    }

    [Fact]
    public void AnswersComeAtTheSizeCuadAnnotatesThem()
    {
        var spans = Spans();
        Assert.Contains((FieldSpans.DocumentName, CandidateSources.Title, "CO-BRANDING AND SERVICES AGREEMENT"), spans);
        Assert.Contains((FieldSpans.DocumentName, CandidateSources.TitleMore, "Co-Branding and Services Agreement"), spans);
        Assert.Contains((FieldSpans.AgreementDate, CandidateSources.FieldDate, "December 12, 2014"), spans);
        Assert.Contains(spans, s => s is { Category: FieldSpans.Parties, Text: "Acme Corp." });
        Assert.Contains(spans, s => s is { Category: FieldSpans.Parties, Text: "Acme" });
        Assert.Contains(spans, s => s.Category == FieldSpans.NoticePeriod && s.Text.Contains("ninety (90) days", StringComparison.Ordinal));
        Assert.Contains(spans, s => s.Category == FieldSpans.RenewalTerm && s.Text.Contains("one (1) year", StringComparison.Ordinal));
        // "Exhibit 10.1" names no kind of agreement.
        Assert.DoesNotContain(spans, s => s.Text == "Exhibit 10.1");
    }

    [Fact]
    public void AnUpperCaseTitleInsideALineLosesItsExhibitNumber()
    {
        const string text = "Exhibit 10.1 MASTER FRANCHISE AGREEMENT This Master Franchise Agreement is made on May 8, 2014.";
        var titles = FieldSpans.CapsTitles(text).Select(t => text[t.Start..t.End]).ToList();
        Assert.Equal("MASTER FRANCHISE AGREEMENT", titles[0]);
    }

    [Fact]
    public void ALongSentenceAlsoYieldsItsPartsBetweenSemicolonsAndEnumerations()
    {
        const string text = "Licensee shall: (a) pay all royalties within thirty days of the invoice; (b) keep complete books of account for three years.";
        var parts = ClauseSpans.Parts(text, 0, text.Length).Select(p => text[p.Start..p.End]).ToList();
        Assert.Equal(["pay all royalties within thirty days of the invoice", "keep complete books of account for three years."], parts);
    }
}
