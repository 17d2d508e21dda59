using System.Globalization;
using System.Text.RegularExpressions;

namespace ContractIntel.Extraction.Fields;

/// <summary>
/// Finds amounts of money with their currency: "US$1,250,000.00", "$5 million", "EUR 5 million", "€ 2.5m",
/// "100,000 U.S. dollars", "RMB 300,000". A bare "$" is read as US dollars, the convention of the US filings
/// this service reads; "C$", "A$", "HK$" and "S$" keep their own currency.
/// </summary>
public sealed partial class MoneyExtractor
{
    public const string Name = "money";
    public const string Version = "1.0.0";

    private const string Number = @"(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)";
    private const string Multiplier = @"(?:\s*(?<mult>million|billion|thousand|mm|bn|m|k)\b)?";

    [GeneratedRegex(
        @"(?<cur>U\.?S\.?\s?\$|C\$|CA\$|CDN\$|A\$|AU\$|HK\$|S\$|NT\$|\$|€|£|¥|\b(?:USD|EUR|GBP|CAD|AUD|JPY|CHF|CNY|RMB|HKD|INR|SGD|SEK|NOK|DKK|ILS|KRW|NZD)\b)\s*" + Number + Multiplier +
        @"|\b" + Number + Multiplier + @"\s*(?<cur>USD|EUR|GBP|CAD|AUD|JPY|CHF|CNY|RMB|HKD|INR|SGD|(?:United\s+States|U\.\s?S\.|US|Canadian|Australian|Hong\s+Kong|Singapore)\s+dollars?|dollars?|euros?|pounds\s+sterling|yuan|renminbi)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MoneyPattern();

    public IReadOnlyList<MoneyMention> Find(string text) => Find(text, 0, text.Length);

    public IReadOnlyList<MoneyMention> Find(string text, int from, int to)
        => TextSpans.Mentions(MoneyPattern(), text, from, to, Read);

    private static MoneyMention? Read(Match m)
    {
        if (!decimal.TryParse(m.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
            return null;
        amount *= m.Groups["mult"].Value.ToLowerInvariant() switch
        {
            "million" or "mm" or "m" => 1_000_000m,
            "billion" or "bn" => 1_000_000_000m,
            "thousand" or "k" => 1_000m,
            _ => 1m,
        };
        return new MoneyMention(m.Index, m.Index + m.Length, amount, CurrencyCode(m.Groups["cur"].Value));
    }

    private static string CurrencyCode(string written)
    {
        var c = Regex.Replace(written.ToUpperInvariant(), @"[\s.]", "");
        return c switch
        {
            "C$" or "CA$" or "CDN$" or "CANADIANDOLLAR" or "CANADIANDOLLARS" => "CAD",
            "A$" or "AU$" or "AUSTRALIANDOLLAR" or "AUSTRALIANDOLLARS" => "AUD",
            "HK$" or "HONGKONGDOLLAR" or "HONGKONGDOLLARS" => "HKD",
            "S$" or "SINGAPOREDOLLAR" or "SINGAPOREDOLLARS" => "SGD",
            "NT$" => "TWD",
            "€" or "EURO" or "EUROS" => "EUR",
            "£" or "POUNDSSTERLING" => "GBP",
            "¥" => "JPY",
            "RMB" or "YUAN" or "RENMINBI" => "CNY",
            _ when c.EndsWith('$') || c.Contains("DOLLAR", StringComparison.Ordinal) => "USD",
            _ => c,
        };
    }
}
