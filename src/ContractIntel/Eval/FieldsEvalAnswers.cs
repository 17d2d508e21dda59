using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ContractIntel.Eval;

/// <summary>
/// How a CUAD "-Answer" cell and an extracted value are made comparable (docs/fields.md, "Normalisation").
/// </summary>
internal static partial class FieldsEvalAnswers
{
    /// <summary>Lower case, curly quotes straightened, "&amp;" as "and", punctuation and "the" dropped, spaces collapsed.</summary>
    public static string Text(string s)
    {
        s = s.Normalize(NormalizationForm.FormKC).Replace('’', '\'').Replace('‘', '\'').Replace("&", " and ", StringComparison.Ordinal).ToLowerInvariant();
        s = NonWord().Replace(s, " ");
        s = TheWord().Replace(s, " ");
        return Spaces().Replace(s, " ").Trim();
    }

    /// <summary>A place answer as a set of places: "England; Wales" and "England and Wales" are the same.</summary>
    public static string Place(string s)
    {
        var parts = PlaceSplit().Split(s).Select(Text).Where(p => p.Length > 0).Order(StringComparer.Ordinal);
        return string.Join("|", parts);
    }

    public static bool PlaceMatches(string gold, string? predicted) =>
        predicted is not null && Place(gold) == Place(predicted);

    /// <summary>
    /// CUAD dates are M/D/YY or M/D/YYYY with "[]" for a part the contract leaves blank, or "perpetual"; several
    /// may be joined by ";". A blank part matches anything; a two-digit year matches on its last two digits.
    /// </summary>
    public static bool DateMatches(string gold, string? predicted)
    {
        if (predicted is null) return false;
        foreach (var option in gold.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (option.Equals("perpetual", StringComparison.OrdinalIgnoreCase))
            {
                if (predicted.Equals("perpetual", StringComparison.OrdinalIgnoreCase)) return true;
                continue;
            }
            var g = option.Split('/');
            if (g.Length != 3) continue;
            var p = predicted.Split('-');
            if (!int.TryParse(p[0], CultureInfo.InvariantCulture, out var year)) continue;
            int? month = p.Length > 1 ? int.Parse(p[1], CultureInfo.InvariantCulture) : null;
            int? day = p.Length > 2 ? int.Parse(p[2], CultureInfo.InvariantCulture) : null;
            if (PartMatches(g[0], month) && PartMatches(g[1], day) && YearMatches(g[2], year)) return true;
        }
        return false;
    }

    private static bool PartMatches(string gold, int? value)
    {
        gold = gold.Trim();
        if (gold.Contains('[', StringComparison.Ordinal) || gold.Length == 0) return true;
        return int.TryParse(gold, CultureInfo.InvariantCulture, out var g) && value == g;
    }

    private static bool YearMatches(string gold, int year)
    {
        gold = gold.Trim();
        var digits = new string(gold.TakeWhile(char.IsDigit).ToArray());
        if (digits.Length == gold.Length && digits.Length == 2) return year % 100 == int.Parse(digits, CultureInfo.InvariantCulture);
        if (digits.Length == gold.Length && digits.Length == 4) return year == int.Parse(digits, CultureInfo.InvariantCulture);
        // "20[]": only the known leading digits count.
        return year.ToString("D4", CultureInfo.InvariantCulture).StartsWith(digits, StringComparison.Ordinal);
    }

    /// <summary>Durations as (days) or (months): "12 months" = "1 year" = P1Y; weeks are 7 days; days never become months.</summary>
    public static (char Unit, int Amount)? Duration(string s)
    {
        var m = GoldDuration().Match(s);
        if (m.Success)
        {
            var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            return Canonical(n, char.ToUpperInvariant(m.Groups["unit"].Value[0]));
        }
        var iso = IsoDuration().Match(s);
        return iso.Success ? Canonical(int.Parse(iso.Groups["n"].Value, CultureInfo.InvariantCulture), iso.Groups["unit"].Value[0]) : null;
    }

    private static (char, int) Canonical(int n, char unit) => unit switch
    {
        'Y' => ('M', n * 12),
        'W' => ('D', n * 7),
        _ => (unit, n),
    };

    /// <summary>Any of the ";" or "/" separated gold durations equals the predicted one.</summary>
    public static bool DurationMatches(string gold, string? predicted)
    {
        if (predicted is null) return false;
        if (gold.Trim().Equals("perpetual", StringComparison.OrdinalIgnoreCase)) return predicted.Equals("perpetual", StringComparison.OrdinalIgnoreCase);
        var p = Duration(predicted);
        return p is not null && gold.Split([';', '/'], StringSplitOptions.RemoveEmptyEntries).Any(option => Duration(option) == p);
    }

    /// <summary>"successive 1 year" (and CUAD's typos of it: "succsive", "successine") against a term plus the successive flag.</summary>
    public static bool RenewalMatches(string gold, string? predicted, bool successive)
    {
        if (predicted is null) return false;
        foreach (var option in gold.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var goldSuccessive = SuccessiveWord().IsMatch(option);
            if (goldSuccessive == successive && DurationMatches(SuccessiveWord().Replace(option, ""), predicted)) return true;
        }
        return false;
    }

    /// <summary>The party names of a Parties-Answer: split on ";", defined names in brackets and quotes dropped.</summary>
    public static List<string> Parties(string gold) =>
        gold.Split(';').Select(p => PartyName(Bracketed().Replace(p, " "))).Where(p => p.Length > 0).ToList();

    /// <summary>A party name for matching: <see cref="Text"/> without a trailing company form ("Inc", "Ltd", "Corporation").</summary>
    public static string PartyName(string name)
    {
        var t = Text(name);
        string before;
        do
        {
            before = t;
            t = CompanyForm().Replace(t, "").Trim();
        }
        while (t != before && t.Length > 0);
        return t.Length > 0 ? t : Text(name);
    }

    [GeneratedRegex(@"[^\p{L}\p{N}';]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])the(?![\p{L}\p{N}])")]
    private static partial Regex TheWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@";|\band\b|&", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceSplit();

    [GeneratedRegex(@"(?<n>\d+)\D{0,3}?\s*(?<unit>day|week|month|year)s?", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex GoldDuration();

    [GeneratedRegex(@"^P(?<n>\d+)(?<unit>[DWMY])$", RegexOptions.ExplicitCapture)]
    private static partial Regex IsoDuration();

    [GeneratedRegex(@"\bsuc\w*", RegexOptions.IgnoreCase)]
    private static partial Regex SuccessiveWord();

    [GeneratedRegex(@"\([^)]*\)?|[""“][^""”]*[""”]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\s(?:inc|incorporated|corp|corporation|co|company|llc|l l c|ltd|limited|lp|l p|llp|plc|sa|s a|ag|nv|n v|bv|b v|gmbh|pty|pte)$")]
    private static partial Regex CompanyForm();
}
