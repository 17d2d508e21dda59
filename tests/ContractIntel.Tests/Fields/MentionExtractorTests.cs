using ContractIntel.Extraction.Fields;

namespace ContractIntel.Tests.Fields;

public sealed class MentionExtractorTests
{
    [Theory]
    [InlineData("This Agreement is made as of May 8, 2014 by and between", "2014-05-08", "May 8, 2014")]
    [InlineData("dated 8 May 2014, between", "2014-05-08", "8 May 2014")]
    [InlineData("Effective: 05/08/2014", "2014-05-08", "05/08/2014")]
    [InlineData("made this the 8th day of May, 2014 by", "2014-05-08", "8th day of May, 2014")]
    [InlineData("entered into on May 25th, 2018 by and between", "2018-05-25", "May 25th, 2018")]
    // PDF text splits ordinals (CUAD SimplicityEsports master franchise agreement).
    [InlineData("is made and entered into on the 20t h day of November, 2018 (the \"Effective Date\")", "2018-11-20", "20t h day of November, 2018")]
    // CUAD Gentech distributor agreement: no space before the day.
    [InlineData("is made and effective as of1 August 2019, by and between", "2019-08-01", "1 August 2019")]
    [InlineData("is made this _____ day of May, 2014", "2014-05", "_____ day of May, 2014")]
    [InlineData("effective as of the [·] day of [·], 2019 (\"Effective Date\")", "2019", "[·] day of [·], 2019")]
    [InlineData("made on 2014-05-08.", "2014-05-08", "2014-05-08")]
    public void Dates_are_normalised_to_iso_with_their_words(string text, string iso, string raw)
    {
        var d = Assert.Single(new DateExtractor().Find(text));
        Assert.Equal(iso, d.Iso);
        Assert.Equal(raw, text[d.Start..d.End]);
    }

    [Theory]
    [InlineData("This Agreement is effective as of the date last signed below.")]
    [InlineData("payable within thirty (30) days of invoice")]
    [InlineData("Section 13/2 of the May agreement")]
    public void No_date_where_none_is_written(string text) => Assert.Empty(new DateExtractor().Find(text));

    [Fact]
    public void Dates_on_edgar_source_footers_are_skipped()
    {
        const string text = "terms.\n\nSource: VERIZON ABS LLC, 8-K, 1/23/2020\n\nDated as of January 29, 2020";
        var d = Assert.Single(new DateExtractor().Find(text));
        Assert.Equal("2020-01-29", d.Iso);
    }

    [Theory]
    [InlineData("upon thirty (30) days prior written notice", "P30D", "thirty (30) days")]
    [InlineData("for an initial term of one (1) year", "P1Y", "one (1) year")]
    [InlineData("within six months of the Effective Date", "P6M", "six months")]
    [InlineData("for successive periods of 12 months each", "P12M", "12 months")]
    [InlineData("a 60-day cure period", "P60D", "60-day")]
    [InlineData("at least one hundred eighty (180) days before", "P180D", "one hundred eighty (180) days")]
    [InlineData("ninety (90) calendar days", "P90D", "ninety (90) calendar days")]
    [InlineData("no less than (60) days prior", "P60D", "(60) days")]
    public void Durations_are_iso_8601(string text, string iso, string raw)
    {
        var d = Assert.Single(new DurationExtractor().Find(text));
        Assert.Equal(iso, d.Iso);
        Assert.Equal(raw, text[d.Start..d.End]);
    }

    [Theory]
    [InlineData("a fee of US$1,250,000.00 payable", "1250000.00 USD", "US$1,250,000.00")]
    [InlineData("up to $5 million in aggregate", "5000000.00 USD", "$5 million")]
    [InlineData("capped at EUR 5 million", "5000000.00 EUR", "EUR 5 million")]
    [InlineData("a deposit of RMB 300,000", "300000.00 CNY", "RMB 300,000")]
    [InlineData("the sum of 10,000 U.S. dollars", "10000.00 USD", "10,000 U.S. dollars")]
    [InlineData("C$2.5m", "2500000.00 CAD", "C$2.5m")]
    public void Money_carries_amount_and_iso_4217_code(string text, string value, string raw)
    {
        var m = Assert.Single(new MoneyExtractor().Find(text));
        Assert.Equal(value, m.Value);
        Assert.Equal(raw, text[m.Start..m.End]);
    }

    [Theory]
    [InlineData("a royalty of ten percent (10%) of Net Sales", 10)]
    [InlineData("interest at 12.5 percent per annum", 12.5)]
    [InlineData("fifty per cent of the fee", 50)]
    public void Percentages_are_points_and_written_once(string text, double percent)
    {
        var p = Assert.Single(new PercentExtractor().Find(text));
        Assert.Equal((decimal)percent, p.Percent);
    }
}
