using System.Globalization;
using System.Text.RegularExpressions;

namespace ContractIntel.Extraction.Fields;

/// <summary>
/// Finds lengths of time: "thirty (30) days", "one (1) year", "(30) days", "six months", "12 months", "a
/// 60-day period", "ninety calendar days". Where words and digits are both written the digits win, as lawyers
/// intend. Business and calendar days are both days.
/// </summary>
public sealed partial class DurationExtractor
{
    public const string Name = "durations";
    public const string Version = "1.0.0";

    [GeneratedRegex(
        @"(?:\b(?<words>" + NumberWords.Pattern + @")\s*)?\(\s*(?<n>\d{1,4})\s*\)\s*(?:-\s*)?(?:calendar\s+|business\s+|working\s+|consecutive\s+|full\s+)?(?<unit>days?|weeks?|months?|years?)\b" +
        @"|\b(?<n>\d{1,4})\s*(?:-\s*|\s+)(?:calendar\s+|business\s+|working\s+|consecutive\s+|full\s+)?(?<unit>days?|weeks?|months?|years?)\b" +
        @"|\b(?<words>" + NumberWords.Pattern + @"|an?)\s*(?:-\s*|\s+)(?:calendar\s+|business\s+|working\s+|consecutive\s+|full\s+)?(?<unit>days?|weeks?|months?|years?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DurationPattern();

    public IReadOnlyList<DurationMention> Find(string text) => Find(text, 0, text.Length);

    public IReadOnlyList<DurationMention> Find(string text, int from, int to)
        => TextSpans.Mentions(DurationPattern(), text, from, to, Read);

    private static DurationMention? Read(Match m)
    {
        int? amount = m.Groups["n"].Success
            ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)
            : NumberWords.Parse(m.Groups["words"].Value);
        if (amount is null or <= 0) return null;
        var unit = char.ToUpperInvariant(m.Groups["unit"].Value[0]);
        return new DurationMention(m.Index, m.Index + m.Length, amount.Value, unit);
    }
}
