using System.Text.RegularExpressions;

namespace ContractIntel.Extraction.Segmentation;

/// <summary>
/// Finds section headings at the start of a line: ARTICLE/Section/Item/PART headings, numbered headings
/// (<c>12.3 Governing Law.</c>, <c>2. Appointment and Term</c>) and short all-caps lines. A heading either fills
/// the line or is an inline title followed by the section's first paragraph on the same line.
/// </summary>
internal static partial class HeadingDetector
{
    private const int MaxTitleWords = 12;

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with", "upon", "under", "vs", "&", "-", "–", "—", "/",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "or", "the", "of", "to", "in", "for", "with", "by", "any", "all", "not", "that", "such", "as", "is", "are", "be", "shall", "will", "its", "their", "from", "on", "at",
    };

    /// <summary>The heading's end offset within the line, or -1 when the line is not a heading.</summary>
    /// <param name="previousEndsSentence">The previous line ends a sentence, is blank or is a heading.</param>
    /// <param name="nextContinues">The next line continues this one (starts in lowercase).</param>
    /// <param name="wideLine">The line is nearly as wide as the text column (a wrapped line, not a title).</param>
    public static int Find(string text, TextLine line, bool previousEndsSentence, bool nextContinues, bool wideLine)
    {
        var s = text.AsSpan(line.Start, line.Length);
        Match m;
        if (!previousEndsSentence)
            return -1;
        if ((m = Labelled().Match(text, line.Start, line.Length)).Success)
        {
            var rest = s[(m.Index + m.Length - line.Start)..];
            return Rest(text, line, m.Index + m.Length, rest, nextContinues, requireTitle: false, labelled: true);
        }
        if ((m = Numbered().Match(text, line.Start, line.Length)).Success)
        {
            var rest = s[(m.Index + m.Length - line.Start)..];
            // A single-level "6." heading may be in sentence case ("6. Pricing, credits, and allowances"), but
            // needs its period, so an address line ("30 Rockefeller Plaza") is not a heading.
            var topLevel = !m.Groups["num"].Value.Contains('.', StringComparison.Ordinal);
            if (topLevel && m.Value[^1] is not ('.' or ')'))
                return -1;
            return Rest(text, line, m.Index + m.Length, rest, nextContinues, requireTitle: !topLevel, labelled: false);
        }
        if (!wideLine && !nextContinues && IsCapsTitle(s, wholeLine: true))
            return line.End;
        var title = InlineTitleEnd(s);
        return title > 0 && IsCapsTitle(s[..title], wholeLine: false) ? line.Start + title : -1;
    }

    private static int Rest(string text, TextLine line, int restStart, ReadOnlySpan<char> rest, bool nextContinues, bool requireTitle, bool labelled)
    {
        var trimmed = rest.Trim();
        // "ARTICLE IV" alone is a heading; "1." alone is a list marker whose item text is on the next line.
        if (trimmed.IsEmpty)
            return labelled && !nextContinues ? line.End : -1;
        if (!char.IsUpper(trimmed[0]) && trimmed[0] is not ('"' or '“' or '(' or '-' or '–' or '—' or ':' or '.'))
            return -1;
        var words = Words(trimmed);
        var endsLikeTitle = trimmed[^1] is not (',' or ';') && !Connectors.Contains(LastWord(trimmed));
        if (!nextContinues && words <= MaxTitleWords && endsLikeTitle && MostlyLetters(trimmed)
            && (IsTitleCase(trimmed) || IsAllCaps(trimmed) || (!requireTitle && trimmed[^1] != '.' && words <= 8)))
            return line.End;
        // An inline title: "12.3 Governing Law. This Agreement ..."
        var offset = restStart - line.Start + (rest.Length - rest.TrimStart().Length);
        var title = InlineTitleEnd(trimmed);
        if (title > 0 && (IsTitleCase(trimmed[..(title - 1)]) || IsAllCaps(trimmed[..(title - 1)])))
            return line.Start + offset + title;
        // "2. RELATIONSHIP OF THE PARTIES 2.1 Non-Exclusive Reseller ...": CUAD flattened a heading and its first clause.
        var sub = SubNumber().Match(text, line.Start + offset, Math.Min(trimmed.Length, 90));
        if (sub.Success)
        {
            var before = text.AsSpan(line.Start + offset, sub.Index - line.Start - offset).Trim();
            if (!before.IsEmpty && Words(before) <= 8 && (IsTitleCase(before) || IsAllCaps(before)) && MostlyLetters(before))
                return sub.Index;
        }
        // "Section 5. The Company shall ...": the label alone is the heading.
        return labelled ? restStart : -1;
    }

    /// <summary>End (after the period or colon) of a 1-7 word title that a capitalised sentence follows, or 0.</summary>
    private static int InlineTitleEnd(ReadOnlySpan<char> s)
    {
        var limit = Math.Min(s.Length - 2, 80);
        for (var i = 1; i < limit; i++)
        {
            if (s[i] is not ('.' or ':') || !char.IsLetter(s[i - 1]) || !char.IsWhiteSpace(s[i + 1]))
                continue;
            var next = s[(i + 1)..].TrimStart();
            if (next.IsEmpty || !(char.IsUpper(next[0]) || next[0] is '"' or '“' or '('))
                return 0;
            var title = s[..i];
            if (Words(title) > 7 || title.ContainsAny('"', '“', '(') || title.ContainsAny(',', ';'))
                return 0;
            return i + 1;
        }
        return 0;
    }

    private static bool IsCapsTitle(ReadOnlySpan<char> s, bool wholeLine)
    {
        if (s.Length > 100 || Words(s) > MaxTitleWords || s.Contains("__", StringComparison.Ordinal) || !MostlyLetters(s))
            return false;
        // Two commas make a clause of a capitalised disclaimer ("OR ANY OTHER LEGAL THEORY, IS LIMITED TO, AND ..."), not a title.
        if (wholeLine && (s[^1] is ',' or ';' || Connectors.Contains(LastWord(s)) || s.Count(',') >= 2))
            return false;
        return IsAllCaps(s);
    }

    private static bool IsAllCaps(ReadOnlySpan<char> s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters >= 3;
    }

    /// <summary>Every word of four letters or more starts with a capital; small words may be lowercase.</summary>
    private static bool IsTitleCase(ReadOnlySpan<char> s)
    {
        var capitalised = 0;
        foreach (var range in s.SplitAny(' ', '\t', '\n'))
        {
            var word = s[range].Trim("\"'“”‘’(),.:;");
            if (word.IsEmpty || !char.IsLetter(word[0])) continue;
            if (char.IsUpper(word[0])) { capitalised++; continue; }
            if (word.Length >= 4 || !SmallWords.Contains(word.ToString())) return false;
        }
        return capitalised > 0;
    }

    // "Year 1. $[*****]" in a payment table is not a title.
    private static bool MostlyLetters(ReadOnlySpan<char> s)
    {
        int letters = 0, others = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c)) letters++;
            else if (!char.IsWhiteSpace(c)) others++;
        }
        return letters >= 0.6 * (letters + others);
    }

    /// <summary>A whole line in capitals that may continue the heading above it ("ARTICLE IV" / "CONFIDENTIALITY").</summary>
    public static bool IsCapsLine(string text, TextLine line) =>
        !Numbered().IsMatch(text, line.Start) && IsCapsTitle(text.AsSpan(line.Start, line.Length), wholeLine: true);

    private static int Words(ReadOnlySpan<char> s)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord) n++;
            inWord = !space;
        }
        return n;
    }

    private static string LastWord(ReadOnlySpan<char> s)
    {
        var t = s.TrimEnd(" .:-–—");
        var i = t.LastIndexOfAny(' ', '\t');
        return t[(i + 1)..].ToString();
    }

    // ARTICLE IV, Article 1 -, Section 5., SECTION 12.3, Item 1.01, ITEM 7A., PART II
    [GeneratedRegex(@"\G(?:ARTICLE|Article|SECTION|Section|ITEM|Item|PART|Part)\s+(?:[IVXLC]+|\d{1,3}(?:\.\d{1,3})*[A-Z]?)\b\.?(?=\s|$|:|-|–|—)", RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();

    // 1. / 12.3 / 2.1.4 / 4) followed by whitespace; the first part stays small so years and amounts do not match.
    [GeneratedRegex(@"\G(?<num>\d{1,2}(?:\.\d{1,3}){0,4})(?:\.|\))?(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"(?<=\s)\d{1,2}\.\d{1,3}\.?(?=\s+[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex SubNumber();
}
