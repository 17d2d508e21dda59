using System.Text.RegularExpressions;

namespace ContractIntel.Extraction.Segmentation;

/// <summary>
/// Sentence boundaries inside one paragraph: after . ! ? (and any closing quote or bracket) when whitespace and a
/// capital, digit or opening quote follow, except after abbreviations, initials and list markers; and before a list
/// item that a line break or a run of spaces sets off after . : or ;. A run-on longer than
/// <see cref="MaxSentence"/> characters is cut at semicolons, then line breaks, then spaces.
/// </summary>
internal static partial class SentenceSplitter
{
    public const int MaxSentence = 1500;

    /// <summary>Appends the (start, end) ranges of the sentences in text[start..end), trimmed.</summary>
    public static void Split(string text, int start, int end, List<(int Start, int End)> sentences)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or ':' or ';'))
                continue;
            var j = i + 1;
            while (j < end && text[j] is '"' or '”' or '’' or '\'' or ')' or ']')
                j++;
            if (j >= end || !char.IsWhiteSpace(text[j]))
                continue;
            var k = j;
            while (k < end && char.IsWhiteSpace(text[k]))
                k++;
            if (k >= end)
                continue;
            // A list item set off by a line break or a run of spaces (CUAD's flattened lines) starts a sentence,
            // even after a colon or semicolon: "... as follows:   a. Promote ...". Inline "(a) ... (b) ..." does not.
            var laidOut = k - j >= 2 || text.AsSpan(j, k - j).Contains('\n');
            var item = laidOut && ListItem().IsMatch(text.AsSpan(k, Math.Min(end - k, 16)));
            if (!item && (c is ':' or ';' || !IsBoundary(text, sentenceStart, i, k, end)))
                continue;
            Add(text, sentenceStart, j, sentences);
            sentenceStart = k;
            i = k - 1;
        }
        Add(text, sentenceStart, end, sentences);
    }

    private static bool IsBoundary(string text, int sentenceStart, int period, int next, int end)
    {
        var n = text[next];
        if (!(char.IsUpper(n) || char.IsDigit(n) || n is '"' or '“' or '‘' or '(' or '[' or '•'))
            return false;
        if (text[period] != '.')
            return true;

        var tokenStart = period;
        while (tokenStart > sentenceStart && !char.IsWhiteSpace(text[tokenStart - 1]))
            tokenStart--;
        var token = text.AsSpan(tokenStart, period - tokenStart).TrimStart("(\"“‘'[");
        if (token.IsEmpty || token[^1] == '.')
            return false;
        var word = token.ToString();

        // A list marker opening the sentence: "A. Intuit maintains ...", "1. Products", "(iv). ..."
        if ((tokenStart == sentenceStart || text[tokenStart - 1] == '\n') && token.Length <= 5 && IsMarker(token))
            return false;
        if (Abbreviations.Never.Contains(word))
            return false;
        if (Abbreviations.BeforeNumber.Contains(word))
            return !(char.IsDigit(n) || n is '(' or '#' || IsRomanWord(text, next, end));
        if (Abbreviations.Names.Contains(word) || IsDottedInitials(token))
            return Abbreviations.SentenceOpeners.Contains(NextWord(text, next, end));
        if (token.Length == 1 && char.IsUpper(token[0]))
            return Abbreviations.LetterLabels.Contains(PreviousWord(text, sentenceStart, tokenStart));
        return true;
    }

    [GeneratedRegex(@"^(?:\((?:[a-zA-Z]|[ivxIVX]{1,5}|\d{1,2})\)|(?:[a-zA-Z]|[ivx]{1,5}|\d{1,2})[.)])\s+[A-Za-z“""(]")]
    private static partial Regex ListItem();

    private static bool IsMarker(ReadOnlySpan<char> token)
    {
        var t = token.Trim("()");
        if (t.IsEmpty) return false;
        if (t.Length == 1 && char.IsLetter(t[0])) return true;
        foreach (var c in t)
        {
            if (!(char.IsDigit(c) || c == '.' || c is 'i' or 'v' or 'x' or 'I' or 'V' or 'X')) return false;
        }
        return true;
    }

    // U.S, N.A, e.g (the final period is the candidate): letters separated by single periods.
    private static bool IsDottedInitials(ReadOnlySpan<char> token)
    {
        if (token.Length < 3) return false;
        for (var i = 0; i < token.Length; i++)
        {
            if (i % 2 == 0 ? !char.IsLetter(token[i]) : token[i] != '.') return false;
        }
        return true;
    }

    private static bool IsRomanWord(string text, int start, int end)
    {
        var i = start;
        while (i < end && text[i] is 'I' or 'V' or 'X' or 'L' or 'C') i++;
        return i > start && (i == end || !char.IsLetter(text[i]));
    }

    private static string NextWord(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsLetter(text[i])) i++;
        return text[start..i];
    }

    private static string PreviousWord(string text, int floor, int tokenStart)
    {
        var e = tokenStart;
        while (e > floor && char.IsWhiteSpace(text[e - 1])) e--;
        var s = e;
        while (s > floor && char.IsLetter(text[s - 1])) s--;
        return text[s..e];
    }

    private static void Add(string text, int start, int end, List<(int Start, int End)> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (start >= end)
            return;
        if (end - start <= MaxSentence)
        {
            sentences.Add((start, end));
            return;
        }
        var cut = Cut(text, start, end);
        Add(text, start, cut, sentences);
        Add(text, cut, end, sentences);
    }

    // The last semicolon, else line break, else space, that keeps the first piece within the limit.
    private static int Cut(string text, int start, int end)
    {
        var limit = start + MaxSentence;
        foreach (var mark in new[] { ';', '\n', ' ' })
        {
            for (var i = limit - 1; i > start + MaxSentence / 4; i--)
            {
                if (text[i] == mark)
                    return i + 1;
            }
        }
        return limit;
    }
}
