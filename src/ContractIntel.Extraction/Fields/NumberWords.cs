namespace ContractIntel.Extraction.Fields;

/// <summary>English cardinal and ordinal number words up to the low thousands ("thirty", "one hundred eighty", "fourth").</summary>
internal static class NumberWords
{
    private const string Word =
        @"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|twentieth|thirtieth)\b";

    public const string Pattern = Word + @"(?:[\s-]+(?:and[\s-]+)?" + Word + ")*";

    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["twelfth"] = 12, ["twentieth"] = 20, ["thirtieth"] = 30,
    };

    /// <summary>The value of a number phrase, or null when a word is not a number word.</summary>
    public static int? Parse(string words)
    {
        var total = 0;
        var current = 0;
        foreach (var w in words.Split([' ', '-', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (w.Equals("and", StringComparison.OrdinalIgnoreCase)) continue;
            if (w.Equals("hundred", StringComparison.OrdinalIgnoreCase)) current = Math.Max(current, 1) * 100;
            else if (w.Equals("thousand", StringComparison.OrdinalIgnoreCase)) { total += Math.Max(current, 1) * 1000; current = 0; }
            else if (Units.TryGetValue(w, out var v)) current += v;
            else return null;
        }
        return total + current;
    }
}
