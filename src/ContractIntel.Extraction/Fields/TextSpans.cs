using System.Text.RegularExpressions;

namespace ContractIntel.Extraction.Fields;

/// <summary>Sentence bounds and whitespace trimming on the document text, shared by the field rules.</summary>
internal static class TextSpans
{
    // A period after these is not a sentence end: "Inc.", "U.S.", "No. 5", "Sec. 2".
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "corp", "co", "ltd", "llc", "l.l.c", "l.p", "lp", "n.a", "s.a", "b.v", "n.v", "plc", "u.s", "u.k", "no",
        "nos", "sec", "art", "st", "mr", "mrs", "ms", "dr", "jr", "sr", "e.g", "i.e", "etc", "vs", "v", "a.g", "p.c",
        "p.a", "s.p.a", "gmbh", "pty", "bhd", "int'l", "dept", "ave", "blvd", "para", "cf", "approx", "incl",
    };

    /// <summary>
    /// The scan every mention finder shares: each match of <paramref name="pattern"/> inside [from, to) of the text
    /// (the bounds clamped to it), in order, as <paramref name="read"/> reads it; a null reading is no mention.
    /// </summary>
    public static List<T> Mentions<T>(Regex pattern, string text, int from, int to, Func<Match, T?> read) where T : class
    {
        var found = new List<T>();
        from = Math.Clamp(from, 0, text.Length);
        to = Math.Clamp(to, from, text.Length);
        for (var m = pattern.Match(text, from, to - from); m.Success; m = m.NextMatch())
        {
            if (read(m) is { } mention) found.Add(mention);
        }
        return found;
    }

    /// <summary>True when <paramref name="index"/> lies on an EDGAR "Source: COMPANY, FORM, DATE" footer line.</summary>
    public static bool OnSourceLine(string text, int index)
    {
        var lineStart = index <= 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        var i = lineStart;
        while (i < text.Length && i < index && char.IsWhiteSpace(text[i])) i++;
        return string.CompareOrdinal(text, i, "Source:", 0, 7) == 0;
    }

    /// <summary>The sentence around <paramref name="index"/>: ends at ". X", at a blank line or at a ";" when the sentence runs long.</summary>
    public static (int Start, int End) SentenceAround(string text, int index, int maxLength = 1500)
    {
        var start = index;
        var limit = Math.Max(0, index - maxLength);
        while (start > limit && !IsBoundaryBefore(text, start)) start--;
        var end = index;
        var endLimit = Math.Min(text.Length, index + maxLength);
        while (end < endLimit && !IsBoundaryAfter(text, end)) end++;
        if (end < text.Length && text[end] == '.') end++;
        return Trim(text, start, end);
    }

    public static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }

    // True when a sentence starts at i: the text before it ends a sentence.
    private static bool IsBoundaryBefore(string text, int i)
    {
        if (i <= 0) return true;
        // A blank line ends a paragraph, unless the text goes on in lower case (a PDF page break mid-sentence).
        if (text[i - 1] == '\n' && i >= 2 && text[i - 2] == '\n') return i >= text.Length || !char.IsLower(text[i]);
        if (!char.IsWhiteSpace(text[i - 1])) return false;
        var j = i - 1;
        while (j > 0 && text[j] is ' ' or '\t') j--;
        return j >= 0 && text[j] == '.' && IsSentencePeriod(text, j) && i < text.Length && (char.IsUpper(text[i]) || char.IsDigit(text[i]));
    }

    private static bool IsBoundaryAfter(string text, int i)
    {
        if (text[i] == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
        {
            var next = i;
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            return next >= text.Length || !char.IsLower(text[next]);
        }
        if (text[i] != '.' || !IsSentencePeriod(text, i)) return false;
        var k = i + 1;
        while (k < text.Length && text[k] is ' ' or '\t' or '\n') k++;
        return k >= text.Length || (k > i + 1 && (char.IsUpper(text[k]) || char.IsDigit(text[k]) || text[k] is '(' or '"' or '“'));
    }

    private static bool IsSentencePeriod(string text, int dot)
    {
        var w = dot;
        while (w > 0 && (char.IsLetter(text[w - 1]) || text[w - 1] is '.' or '\'')) w--;
        var word = text[w..dot];
        if (word.Length == 1 && char.IsUpper(word[0])) return false; // an initial: "John A. Smith"
        return !Abbreviations.Contains(word);
    }
}
