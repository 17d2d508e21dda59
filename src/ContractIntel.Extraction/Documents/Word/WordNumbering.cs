using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractIntel.Extraction.Documents.Word;

/// <summary>
/// Numbered-list labels as Word shows them ("1.", "1.2", "(a)", "iv."): counters per list and level, a level's
/// counter restarting when a higher level moves on, the level's text pattern filled in ("%1.%2"). Bullets become "•".
/// Only paragraphs with direct numbering properties are numbered; numbering inherited from styles is not followed.
/// </summary>
internal sealed class WordNumbering(Numbering? numbering)
{
    private readonly Dictionary<int, int[]> counters = [];

    public string? Label(NumberingProperties? properties)
    {
        if (numbering is null || properties?.NumberingId?.Val?.Value is not int numId || numId == 0)
            return null;
        var level = properties.NumberingLevelReference?.Val?.Value ?? 0;
        if (level is < 0 or > 8)
            return null;
        var levels = Levels(numId);
        if (levels is null || !levels.TryGetValue(level, out var definition))
            return null;

        if (!counters.TryGetValue(numId, out var counts))
            counters[numId] = counts = new int[9];
        counts[level] = counts[level] == 0 ? Start(levels, level) : counts[level] + 1;
        for (var deeper = level + 1; deeper < 9; deeper++) counts[deeper] = 0;

        if (definition.NumberingFormat?.Val?.Value == NumberFormatValues.Bullet)
            return "•";
        var pattern = definition.LevelText?.Val?.Value ?? "";
        for (var i = 0; i <= level; i++)
        {
            var value = counts[i] == 0 ? Start(levels, i) : counts[i];
            var format = levels.TryGetValue(i, out var l) ? l.NumberingFormat?.Val?.Value : null;
            pattern = pattern.Replace($"%{i + 1}", Format(value, format), StringComparison.Ordinal);
        }
        return pattern.Length == 0 ? null : pattern;
    }

    private Dictionary<int, Level>? Levels(int numId)
    {
        var instance = numbering!.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var definition = numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        return definition?.Elements<Level>().Where(l => l.LevelIndex?.Value is not null)
            .GroupBy(l => l.LevelIndex!.Value).ToDictionary(g => g.Key, g => g.First());
    }

    private static int Start(Dictionary<int, Level> levels, int level) =>
        levels.TryGetValue(level, out var l) ? l.StartNumberingValue?.Val?.Value ?? 1 : 1;

    private static string Format(int value, NumberFormatValues? format)
    {
        if (format == NumberFormatValues.LowerLetter) return Letters(value).ToLowerInvariant();
        if (format == NumberFormatValues.UpperLetter) return Letters(value);
        if (format == NumberFormatValues.LowerRoman) return Roman(value).ToLowerInvariant();
        if (format == NumberFormatValues.UpperRoman) return Roman(value);
        return value.ToString(CultureInfo.InvariantCulture);
    }

    // Word repeats the letter past z: 27 is "aa", 28 "bb".
    private static string Letters(int value) => value < 1 ? "" : new string((char)('A' + (value - 1) % 26), (value - 1) / 26 + 1);

    private static string Roman(int value)
    {
        var result = new System.Text.StringBuilder();
        foreach (var (n, s) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
        {
            while (value >= n) { result.Append(s); value -= n; }
        }
        return result.ToString();
    }
}
