namespace ContractIntel.Extraction.Segmentation;

/// <summary>One line of the document: <see cref="Start"/>/<see cref="End"/> are trimmed of surrounding whitespace.</summary>
internal readonly record struct TextLine(int Start, int End, int Indent, bool PageStart)
{
    public bool IsBlank => Start >= End;

    public int Length => End - Start;

    public static List<TextLine> Split(string text, IEnumerable<int> pageStarts)
    {
        var starts = new HashSet<int>(pageStarts);
        var lines = new List<TextLine>();
        var lineStart = 0;
        var pending = false;
        while (lineStart <= text.Length)
        {
            var end = text.IndexOf('\n', lineStart);
            if (end < 0) end = text.Length;
            // A page may start inside a line's range only at its first character; a page start within a blank run
            // still marks the next text line.
            pending |= starts.Contains(lineStart);
            var s = lineStart;
            while (s < end && char.IsWhiteSpace(text[s])) s++;
            var e = end;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            lines.Add(new TextLine(s, e, s - lineStart, pending && s < e));
            if (s < e) pending = false;
            if (end == text.Length) break;
            lineStart = end + 1;
        }
        return lines;
    }
}
