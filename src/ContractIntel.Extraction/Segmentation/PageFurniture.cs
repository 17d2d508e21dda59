using System.Text;
using ContractIntel.Extraction.Documents;

namespace ContractIntel.Extraction.Segmentation;

/// <summary>
/// Running headers and footers: a line among the first or last three of a page whose text (digits ignored) recurs
/// there on at least three pages and a quarter of them. They are left out of paragraphs so that "Distributor
/// Agreement" at the top of every page does not open the first sentence of each page.
/// </summary>
internal static class PageFurniture
{
    private const int EdgeLines = 3;

    public static HashSet<int> Find(string text, IReadOnlyList<PageSpan> pages, List<TextLine> lines)
    {
        var result = new HashSet<int>();
        if (pages.Count < 3)
            return result;
        var edges = new List<(int Line, string Key)>();
        var line = 0;
        foreach (var page in pages)
        {
            var onPage = new List<int>();
            while (line < lines.Count && lines[line].Start < page.End)
            {
                if (!lines[line].IsBlank && lines[line].Start >= page.Start) onPage.Add(line);
                line++;
            }
            var picked = onPage.Take(EdgeLines).Concat(onPage.Skip(Math.Max(EdgeLines, onPage.Count - EdgeLines))).Distinct();
            edges.AddRange(picked.Select(i => (i, Key(text, lines[i]))));
        }
        var threshold = Math.Max(3, pages.Count / 4);
        foreach (var group in edges.GroupBy(e => e.Key).Where(g => g.Key.Length > 0 && g.Select(e => e.Line).Count() >= threshold))
        {
            foreach (var (index, _) in group) result.Add(index);
        }
        return result;
    }

    private static string Key(string text, TextLine line)
    {
        if (line.Length > 120) return "";
        var key = new StringBuilder(line.Length);
        var space = false;
        foreach (var c in text.AsSpan(line.Start, line.Length))
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && key.Length > 0) key.Append(' ');
            space = false;
            key.Append(char.IsDigit(c) ? '#' : c);
        }
        return key.ToString();
    }
}
