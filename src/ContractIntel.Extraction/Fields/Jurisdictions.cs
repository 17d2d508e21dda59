using System.Text.RegularExpressions;

namespace ContractIntel.Extraction.Fields;

/// <summary>
/// The places a governing-law clause names, written the way CUAD's answers write them: a US state alone
/// ("New York"), a Canadian province or Australian state with its country ("Ontario, Canada"), a country by
/// the name the contract uses ("People's Republic of China", "England and Wales").
/// </summary>
internal static partial class Jurisdictions
{
    private static readonly string[] UsStates =
    [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
        "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
        "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
        "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "District of Columbia",
        "Puerto Rico",
    ];

    private static readonly (string Name, string Country)[] Provinces =
    [
        ("Ontario", "Canada"), ("British Columbia", "Canada"), ("Alberta", "Canada"), ("Quebec", "Canada"),
        ("Québec", "Canada"), ("Manitoba", "Canada"), ("Saskatchewan", "Canada"), ("Nova Scotia", "Canada"),
        ("New Brunswick", "Canada"), ("Newfoundland", "Canada"), ("Prince Edward Island", "Canada"),
        ("New South Wales", "Australia"), ("Victoria", "Australia"), ("Queensland", "Australia"),
        ("Western Australia", "Australia"), ("South Australia", "Australia"), ("Tasmania", "Australia"),
    ];

    // Written form -> answer. Longer forms win where they overlap ("People's Republic of China" over "China").
    private static readonly (string Written, string Answer)[] Countries =
    [
        ("People's Republic of China", "People's Republic of China"), ("People’s Republic of China", "People's Republic of China"),
        ("PRC", "People's Republic of China"), ("P.R.C.", "People's Republic of China"), ("P. R. China", "People's Republic of China"),
        ("Republic of China", "Taiwan"), ("R.O.C.", "Taiwan"), ("Taiwan", "Taiwan"), ("China", "China"),
        ("Hong Kong Special Administrative Region", "Hong Kong"), ("Hong Kong", "Hong Kong"), ("Macau", "Macau"),
        ("England and Wales", "England and Wales"), ("England & Wales", "England and Wales"), ("England", "England"),
        ("English", "England"), ("Scotland", "Scotland"), ("Northern Ireland", "Northern Ireland"),
        ("United Kingdom", "United Kingdom"), ("Republic of Ireland", "Ireland"), ("Ireland", "Ireland"),
        ("United States of America", "United States"), ("United States", "United States"), ("U.S.A.", "United States"),
        ("Federal Republic of Germany", "Federal Republic of Germany"), ("Germany", "Germany"), ("German", "Germany"),
        ("The Netherlands", "Netherlands"), ("Netherlands", "Netherlands"), ("Dutch", "Netherlands"),
        ("Republic of Kazakhstan", "Republic of Kazakhstan"), ("Kazakhstan", "Kazakhstan"),
        ("Republic of Korea", "Republic of Korea"), ("Korea", "Korea"), ("Republic of Singapore", "Singapore"),
        ("Singapore", "Singapore"), ("State of Israel", "Israel"), ("Israel", "Israel"), ("Israeli", "Israel"),
        ("Switzerland", "Switzerland"), ("Swiss", "Switzerland"), ("Japan", "Japan"), ("India", "India"),
        ("Papua New Guinea", "Papua New Guinea"), ("Belgium", "Belgium"), ("France", "France"), ("French", "France"),
        ("Sweden", "Sweden"), ("Swedish", "Sweden"), ("Norway", "Norway"), ("Denmark", "Denmark"), ("Finland", "Finland"),
        ("Italy", "Italy"), ("Spain", "Spain"), ("Portugal", "Portugal"), ("Austria", "Austria"), ("Luxembourg", "Luxembourg"),
        ("Cayman Islands", "Cayman Islands"), ("British Virgin Islands", "British Virgin Islands"), ("Bermuda", "Bermuda"),
        ("Mexico", "Mexico"), ("Brazil", "Brazil"), ("Argentina", "Argentina"), ("Chile", "Chile"),
        ("Canada", "Canada"), ("Australia", "Australia"), ("New Zealand", "New Zealand"), ("South Africa", "South Africa"),
        ("Malaysia", "Malaysia"), ("Thailand", "Thailand"), ("Philippines", "Philippines"), ("Vietnam", "Vietnam"),
        ("Indonesia", "Indonesia"), ("Russian Federation", "Russian Federation"), ("Russia", "Russia"),
        ("United Arab Emirates", "United Arab Emirates"), ("Turkey", "Turkey"), ("Greece", "Greece"), ("Cyprus", "Cyprus"),
        ("Poland", "Poland"), ("Hungary", "Hungary"), ("Czech Republic", "Czech Republic"), ("Liechtenstein", "Liechtenstein"),
    ];

    private static readonly Dictionary<string, (string Answer, bool SubNational)> Lookup = Build();

    private static readonly Regex NamePattern = new(
        @"(?<![\p{L}\p{N}])(?:" + string.Join("|", Lookup.Keys.OrderByDescending(k => k.Length).Select(ToPattern)) + @")(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Every place named in text[from..to], in order, with whether it is a state or province.</summary>
    public static IEnumerable<(int Start, int End, string Answer, bool SubNational)> Find(string text, int from, int to)
    {
        for (var m = NamePattern.Match(text, from, to - from); m.Success; m = m.NextMatch())
        {
            var key = Key(m.Value);
            // "PRC", "U.S.A." and the like are only trusted in capitals; "english" in lower case is a language.
            if (key.Length <= 6 && m.Value.Any(char.IsLower) && key is "prc" or "p.r.c." or "r.o.c." or "u.s.a.") continue;
            var (answer, sub) = Lookup[key];
            yield return (m.Index, m.Index + m.Length, answer, sub);
        }
    }

    private static Dictionary<string, (string, bool)> Build()
    {
        var d = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        foreach (var (written, answer) in Countries) d[Key(written)] = (answer, false);
        foreach (var s in UsStates) d[Key(s)] = (s, true);
        foreach (var (name, country) in Provinces) d[Key(name)] = ($"{(name == "Québec" ? "Quebec" : name)}, {country}", true);
        return d;
    }

    private static string Key(string written) => MultiSpace().Replace(written.Replace('’', '\''), " ").ToLowerInvariant();

    private static string ToPattern(string key) => Regex.Escape(key).Replace("\\ ", @"\s+", StringComparison.Ordinal).Replace("'", "['’]", StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex MultiSpace();
}
