using System.Globalization;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Fields;

namespace ContractIntel.Tests.Fields;

public sealed class ContractDatesTests
{
    private static DocumentText Doc(string text) => new(text, [new PageSpan(1, 0, text.Length)], "text/plain");

    private static string? Value(IEnumerable<ExtractedField> fields, string name) => fields.FirstOrDefault(f => f.Name == name)?.Value;

    [Fact]
    public void Preamble_date_is_the_agreement_date_and_a_defined_effective_date_follows_it()
    {
        // CUAD dev contract: CNS Pharmaceuticals development agreement.
        const string text = "Development Agreement This Development Agreement (the \"Agreement\") dated as of March 20, 2020 (the \"Effective Date\") " +
            "is entered into by and between CNS Pharmaceuticals, Inc. (\"CNS\"), a Nevada corporation, and WPD Pharmaceuticals (\"WPD\"). RECITALS WHEREAS, ...";
        var fields = new AgreementDatesExtractor().Extract(Doc(text));
        Assert.Equal("2020-03-20", Value(fields, FieldNames.AgreementDate));
        Assert.Equal("2020-03-20", Value(fields, FieldNames.EffectiveDate));
        Assert.All(fields, f => Assert.Equal(f.Raw, text[f.Start..f.End]));
    }

    [Fact]
    public void Dated_as_of_the_last_signature_takes_the_latest_signature_date()
    {
        const string text = "This Agreement is entered into as of the date last signed below (the \"Effective Date\") by and between A Corp. (\"A\") and B LLC (\"B\"). " +
            "1. Term. ... IN WITNESS WHEREOF the parties have signed. A Corp. By: /s/ X Date: March 2, 2018 B LLC By: /s/ Y Date: March 5, 2018";
        var fields = new AgreementDatesExtractor().Extract(Doc(text));
        Assert.Equal("2018-03-05", Value(fields, FieldNames.AgreementDate));
    }

    [Fact]
    public void Absent_when_no_date_is_stated()
    {
        const string text = "This Agreement is entered into as of the date last signed below by and between A Corp. (\"A\") and B LLC (\"B\"). 1. Term. Thirty (30) days.";
        Assert.Empty(new AgreementDatesExtractor().Extract(Doc(text)));
    }

    [Fact]
    public void Effective_as_of_the_date_first_written_above_is_the_agreement_date()
    {
        const string text = "THIS AGREEMENT made this 5th day of December, 2007, between R. C. Boyd Enterprises, LLC (\"Boyd\") and Cano Petroleum, Inc. (\"Cano\"). " +
            "WHEREAS ... 1. This Agreement shall become effective as of the date first written above.";
        var fields = new AgreementDatesExtractor().Extract(Doc(text));
        Assert.Equal("2007-12-05", Value(fields, FieldNames.AgreementDate));
        var effective = fields.Single(f => f.Name == FieldNames.EffectiveDate);
        Assert.Equal("2007-12-05", effective.Value);
        Assert.Equal("date first written above", effective.Raw);
    }

    private static IReadOnlyList<ExtractedField> Term(string text, string? effective = "2019-10-31")
    {
        DateMention? from = effective is null ? null : new DateMention(0, 0, int.Parse(effective[..4], CultureInfo.InvariantCulture), int.Parse(effective[5..7], CultureInfo.InvariantCulture), int.Parse(effective[8..], CultureInfo.InvariantCulture));
        return new TermExtractor().Extract(Doc(text), [], from);
    }

    [Fact]
    public void Automatic_successive_renewal_with_notice_to_stop_it()
    {
        // CUAD dev contract: Cybergy affiliate agreement.
        const string text = "This agreement shall begin upon the date of its execution by MA and acceptance in writing by Company and shall remain in effect until " +
            "the end of the current calendar year and shall be automatically renewed for successive one (1) year periods unless otherwise terminated by either " +
            "party by giving thirty (30) days written notice prior to the end of the then current term.";
        var fields = Term(text, null);
        Assert.Equal("P1Y", Value(fields, FieldNames.RenewalTerm));
        Assert.Equal("true", Value(fields, FieldNames.RenewalTermSuccessive));
        Assert.Equal("P30D", Value(fields, FieldNames.NoticePeriodToTerminateRenewal));
        Assert.All(fields, f => Assert.Equal(f.Raw, text[f.Start..f.End]));
    }

    [Fact]
    public void A_single_renewal_is_not_successive()
    {
        const string text = "The Term may be renewed for one additional period of two (2) years upon mutual written agreement of the parties.";
        var fields = Term(text);
        Assert.Equal("P2Y", Value(fields, FieldNames.RenewalTerm));
        Assert.Null(Value(fields, FieldNames.RenewalTermSuccessive));
    }

    [Theory]
    [InlineData("The term of this Agreement commences on the Effective Date and continues in perpetuity, unless termination occurs pursuant to Section 4.2.", "perpetual")]
    [InlineData("The term of this Agreement shall commence on the Effective Date and shall expire on December 31, 2020, unless terminated earlier.", "2020-12-31")]
    [InlineData("This Agreement shall commence on the Effective Date and shall continue for a period of twelve (12) months from the Effective Date.", "2020-10-31")]
    [InlineData("The initial term of this Agreement shall commence on the Effective Date and end on the five (5) year anniversary of the Effective Date.", "2024-10-31")]
    public void Expiration_date(string text, string expected) => Assert.Equal(expected, Value(Term(text), FieldNames.ExpirationDate));

    [Fact]
    public void A_term_counted_from_an_undated_event_has_no_expiration_date() =>
        Assert.Null(Value(Term("This Agreement shall be effective as of the Effective Date and shall continue in force for three years from the Launch Date (the \"Initial Term\")."), FieldNames.ExpirationDate));
}
