using System.Text.RegularExpressions;

namespace ContractIntel.Extraction.Fields;

/// <summary>
/// Finds dates in the forms contracts use: "May 8, 2014", "May 8th, 2014", "8 May 2014", "the 8th day of May,
/// 2014", "05/08/2014" (read as US month/day unless the first number cannot be a month), "2014-05-08", and the
/// blanks of unsigned forms ("____ day of May, 2014", "May __, 2014", "_______, 2014", "as of , 2012") and a
/// month with its year ("April 2013") at reduced precision.
/// Dates on the EDGAR "Source: ..." footer lines are not part of the contract and are skipped.
/// </summary>
public sealed partial class DateExtractor
{
    public const string Name = "dates";
    public const string Version = "1.0.0";

    private const string MonthPattern =
        @"(?<month>jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)";

    // A blank left in an unsigned form: "____", "[·]", "[ ]", "[***]".
    private const string Blank = @"(?:_{2,}|\[[^\]\n\d]{0,8}\])";

    // PDF text splits ordinals: "20t h day of".
    private const string Ordinal = @"(?:s\s?t|n\s?d|r\s?d|t\s?h)";

    [GeneratedRegex(
        @"\b" + MonthPattern + @"\s*(?<day>\d{1,2})" + Ordinal + @"?\s*,?\s*(?<year>(?:19|20)\d{2})\b" +
        @"|(?<!\d)(?<day>\d{1,2})\s*" + Ordinal + @"?\s*,?\s+(?:day\s+of\s+)?" + MonthPattern + @"\s*[,.]?\s*(?:in\s+the\s+year\s+)?(?<year>(?:19|20)\d{2})\b" +
        @"|" + Blank + @"\s*(?:day\s+of\s+)?(?:" + MonthPattern + "|" + Blank + @")\s*[,.]?\s*(?<year>(?:19|20)\d{2})\b" +
        @"|\b" + MonthPattern + @"\s*(?:" + Blank + @"|,)\s*,?\s*(?<year>(?:19|20)\d{2})\b" +
        @"|\b(?<a>\d{1,2})\s*/\s*(?<b>\d{1,2})\s*/\s*(?<year>(?:19|20)\d{2}|\d{2})\b" +
        @"|\b(?<a>\d{1,2})-(?<b>\d{1,2})-(?<year>(?:19|20)\d{2})\b" +
        @"|\b(?<year>(?:19|20)\d{2})-(?<month2>\d{2})-(?<day>\d{2})\b" +
        @"|" + Blank + @"\s*,?\s*(?<year>(?:19|20)\d{2})\b" +
        // "dated as of , 2012", "this  day of , 2012": the blank is only a comma.
        @"|\b(?:day\s+of|as\s+of|dated)\s*,\s*(?<year>(?:19|20)\d{2})\b" +
        @"|\b" + MonthPattern + @"\s+(?<year>(?:19|20)\d{2})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DatePattern();

    public IReadOnlyList<DateMention> Find(string text) => Find(text, 0, text.Length);

    public IReadOnlyList<DateMention> Find(string text, int from, int to)
        => TextSpans.Mentions(DatePattern(), text, from, to, m => TextSpans.OnSourceLine(text, m.Index) ? null : Parse(m));

    private static DateMention? Parse(Match m)
    {
        var year = int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (year < 100) year += year < 50 ? 2000 : 1900;
        int? month = null, day = null;
        if (m.Groups["month"].Success) month = MonthNumber(m.Groups["month"].Value);
        else if (m.Groups["month2"].Success) month = int.Parse(m.Groups["month2"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (m.Groups["day"].Success) day = int.Parse(m.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (m.Groups["a"].Success)
        {
            var a = int.Parse(m.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var b = int.Parse(m.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture);
            // US contracts write month first; a first number over 12 can only be a day.
            (month, day) = a > 12 ? (b, a) : (a, b);
        }
        if (month is < 1 or > 12) return null;
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value))) return null;
        return new DateMention(m.Index, m.Index + m.Length, year, month, day);
    }

    private static int MonthNumber(string name) => name.ToLowerInvariant()[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };
}
