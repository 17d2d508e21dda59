using System.Globalization;
using System.Text.RegularExpressions;

namespace ContractIntel.Extraction.Fields;

/// <summary>Finds percentages: "10%", "12.5 percent", "ten percent (10%)" (digits win), "fifty per cent".</summary>
public sealed partial class PercentExtractor
{
    public const string Name = "percentages";
    public const string Version = "1.0.0";

    [GeneratedRegex(
        @"(?:\b(?<words>" + NumberWords.Pattern + @")\s*(?:percent|per\s+cent)?\s*)?\(\s*(?<num>\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)\s*\)" +
        @"|\b(?<num>\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)" +
        @"|\b(?<words>" + NumberWords.Pattern + @")\s+(?:percent|per\s+cent)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PercentPattern();

    public IReadOnlyList<PercentMention> Find(string text) => Find(text, 0, text.Length);

    public IReadOnlyList<PercentMention> Find(string text, int from, int to)
        => TextSpans.Mentions(PercentPattern(), text, from, to, Read);

    private static PercentMention? Read(Match m)
    {
        decimal? value = m.Groups["num"].Success
            ? decimal.Parse(m.Groups["num"].Value, CultureInfo.InvariantCulture)
            : NumberWords.Parse(m.Groups["words"].Value);
        return value is null ? null : new PercentMention(m.Index, m.Index + m.Length, value.Value);
    }
}
