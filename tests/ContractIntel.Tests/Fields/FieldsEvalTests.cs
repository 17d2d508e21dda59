using ContractIntel.Eval;
using ContractIntel.Extraction.Fields;
using ContractIntel.Extraction.Inference;

namespace ContractIntel.Tests.Fields;

public sealed class FieldsEvalTests
{
    [Fact]
    public void Csv_cells_keep_commas_doubled_quotes_and_newlines()
    {
        const string csv = "Filename,Parties,Parties-Answer\r\n\"A.pdf\",\"['Acme, Inc. (\"\"Acme\"\")',\n 'B']\",\"Acme, Inc. (\"\"Acme\"\"); B\"\nC.PDF,[],\n";
        var records = FieldsEvalCsv.ReadRecords(csv);
        Assert.Equal(2, records.Count);
        Assert.Equal("['Acme, Inc. (\"Acme\")',\n 'B']", records[0]["Parties"]);
        Assert.Equal("Acme, Inc. (\"Acme\"); B", records[0]["Parties-Answer"]);
        Assert.Equal("", records[1]["Parties-Answer"]);
        Assert.Equal("C", FieldsEval.ContractId(records[1]));
    }

    [Fact]
    public void Text_files_are_found_under_cuads_spellings_of_the_pdf_name()
    {
        using var dir = TestFolders.New("fields-eval-");
        var txt = Directory.CreateDirectory(Path.Combine(dir, "full_contract_txt")).FullName;
        File.WriteAllText(Path.Combine(txt, "MACY_S,INC_X-JOINT FILING AGREEMENT.txt"), "x");
        File.WriteAllText(Path.Combine(txt, "MOELIS_CO_X-AGREEMENT.txt"), "x");
        File.WriteAllText(Path.Combine(txt, "NETGEAR-AMENDMENT.txt"), "x");
        Assert.EndsWith("MACY_S,INC_X-JOINT FILING AGREEMENT.txt", FieldsEval.TextPath(dir, "MACY'S,INC_X-JOINT FILING AGREEMENT"));
        Assert.EndsWith("MOELIS_CO_X-AGREEMENT.txt", FieldsEval.TextPath(dir, "MOELIS&CO_X-AGREEMENT"));
        Assert.EndsWith("NETGEAR-AMENDMENT.txt", FieldsEval.TextPath(dir, "NETGEAR-AMENDMENT-"));
        Assert.Null(FieldsEval.TextPath(dir, "NOT THERE"));
        var listed = new Dictionary<string, string> { ["Odd Id"] = "MOELIS_CO_X-AGREEMENT.txt" };
        Assert.EndsWith("MOELIS_CO_X-AGREEMENT.txt", FieldsEval.TextPath(dir, "Odd Id", listed));
    }

    [Fact]
    public void A_stray_quote_after_the_extension_is_not_part_of_the_id() =>
        Assert.Equal("KALLOINC_X-AGREEMENT", FieldsEval.ContractId(new Dictionary<string, string> { ["Filename"] = "KALLOINC_X-AGREEMENT.PDF'" }));

    [Theory]
    [InlineData("5/8/14", "2014-05-08", true)]
    [InlineData("5/8/2014", "2014-05-08", true)]
    [InlineData("05/08/14", "2014-05-09", false)]
    [InlineData("[]/[]/2014", "2014-05-08", true)]
    [InlineData("[]/[]/2014", "2014", true)]
    [InlineData("5/[]/2014", "2014-05", true)]
    [InlineData("5/8/14", "2014-05", false)]
    [InlineData("[]/[]/20[]", "2019", true)]
    [InlineData("perpetual", "perpetual", true)]
    [InlineData("Perpetual", "2020-01-01", false)]
    [InlineData("09/05/2019; perpetual", "perpetual", true)]
    public void Dates_compare_year_month_day_with_blanks_as_wildcards(string gold, string predicted, bool match) =>
        Assert.Equal(match, FieldsEvalAnswers.DateMatches(gold, predicted));

    [Theory]
    [InlineData("30 days", "P30D", true)]
    [InlineData("12 months", "P1Y", true)]
    [InlineData("1 year", "P12M", true)]
    [InlineData("3 Months", "P3M", true)]
    [InlineData("30 days", "P1M", false)]
    [InlineData("180 days / 6 months", "P6M", true)]
    [InlineData("60) days", "P60D", true)]
    public void Durations_compare_as_normalised_iso(string gold, string predicted, bool match) =>
        Assert.Equal(match, FieldsEvalAnswers.DurationMatches(gold, predicted));

    [Theory]
    [InlineData("successive 1 year", "P1Y", true, true)]
    [InlineData("succsive 1 year", "P12M", true, true)]
    [InlineData("successive 1 year", "P1Y", false, false)]
    [InlineData("1 year", "P1Y", false, true)]
    [InlineData("2 years", "P1Y", false, false)]
    public void Renewal_terms_compare_duration_and_successiveness(string gold, string predicted, bool successive, bool match) =>
        Assert.Equal(match, FieldsEvalAnswers.RenewalMatches(gold, predicted, successive));

    [Theory]
    [InlineData("New York", "New York", true)]
    [InlineData("England; Wales", "England and Wales", true)]
    [InlineData("People's Republic of China", "People’s Republic of China", true)]
    [InlineData("the State of Texas", "Texas", false)]
    [InlineData("Ontario, Canada", "Ontario", false)]
    public void Places_compare_case_punctuation_and_the_insensitive(string gold, string predicted, bool match) =>
        Assert.Equal(match, FieldsEvalAnswers.PlaceMatches(gold, predicted));

    [Fact]
    public void Party_answers_split_on_semicolons_without_defined_names()
    {
        var parties = FieldsEvalAnswers.Parties("Birch First Global Investments Inc. (\"Company\"); Mount Kowledge Holdings Inc. (\"Marketing Affiliate\", \"MA\"); ");
        Assert.Equal(["birch first global investments", "mount kowledge holdings"], parties);
        Assert.Equal(FieldsEvalAnswers.PartyName("THE WALT DISNEY COMPANY"), FieldsEvalAnswers.PartyName("Walt Disney Co."));
    }

    [Fact]
    public void Scorer_counts_absent_as_right_only_for_empty_gold_and_scores_presence_from_findings()
    {
        string[] header = ["Filename", "Governing Law", "Governing Law-Answer", "Agreement Date", "Agreement Date-Answer", "Parties", "Parties-Answer",
            "Non-Compete", "Non-Compete-Answer", "Notice Period To Terminate Renewal", "Notice Period To Terminate Renewal- Answer"];
        var scorer = new FieldsEvalScorer(header);
        var a = new Dictionary<string, string>
        {
            ["Filename"] = "A.pdf", ["Governing Law-Answer"] = "New York", ["Agreement Date-Answer"] = "", ["Parties-Answer"] = "Acme Inc. (\"Acme\"); Beta LLC",
            ["Non-Compete-Answer"] = "Yes", ["Notice Period To Terminate Renewal- Answer"] = "30 days",
        };
        var b = new Dictionary<string, string>(a) { ["Filename"] = "B.pdf", ["Governing Law-Answer"] = "", ["Non-Compete-Answer"] = "No", ["Notice Period To Terminate Renewal- Answer"] = "" };
        ExtractedField F(string name, string value) => new(name, value, value, 1, 0, value.Length, 1, "test", "1");
        scorer.Add(a, [F(FieldNames.GoverningLaw, "New York"), F(FieldNames.AgreementDate, "2014-05-08"), F(FieldNames.Party, "ACME, INC."),
            F(FieldNames.NoticePeriodToTerminateRenewal, "P30D")],
            [new ClauseFinding("Non-Compete", 0, 1, 0, 1, "x", 0.9f, "m", "1")]);
        scorer.Add(b, [F(FieldNames.GoverningLaw, "Delaware")], []);

        var fields = scorer.FieldsJson();
        Assert.Equal(0.5, Get(fields[FieldNames.GoverningLaw], "accuracy"));
        Assert.Equal(0.5, Get(fields[FieldNames.AgreementDate], "accuracy"));
        Assert.Equal(1.0, Get(fields[FieldNames.NoticePeriodToTerminateRenewal], "accuracy"));
        var parties = scorer.PartiesJson();
        Assert.Equal(1, parties["matched"]);
        Assert.Equal(4, parties["gold_names"]);
        Assert.Equal(1.0, Get(scorer.PresenceJson()["Non-Compete"], "accuracy"));
        Assert.DoesNotContain("Notice Period To Terminate Renewal", scorer.PresenceJson().Keys);
    }

    private static double? Get(object json, string key) => ((Dictionary<string, object?>)json)[key] switch
    {
        double d => d,
        int i => i,
        _ => null,
    };
}
