using System.Text;
using ContractIntel.Extraction.Documents;

namespace ContractIntel.Extraction.Segmentation;

/// <summary>
/// Running headers and footers: a line among the first or last three of a page whose text (digits ignored) recurs
/// there on at least three pages (a document's exhibits often change the footer, so no share of all pages is
/// required). They are left out of paragraphs so that "Distributor Agreement" at the top of every page does not
/// open the first sentence of each page.
/// </summary>
internal static class PageFurniture
{
    private const int EdgeLines = 3;
    private const int MinPages = 3;

    public static HashSet<int> Find(string text, IReadOnlyList<PageSpan> pages, List<TextLine> lines)
    {
        var result = new HashSet<int>();
        if (pages.Count < MinPages)
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

        var keys = edges.GroupBy(e => e.Key).Where(g => g.Key.Length > 0 && g.Count() >= MinPages).Select(g => g.Key).ToHashSet();
        // An exhibit often extends the running footer ("THE JOINT… Exhibit 3 – Addendum"); a longer edge line
        // that starts with a known one is furniture too.
        var prefixes = keys.Where(k => k.Length >= 15).Select(k => k + " ").ToList();
        foreach (var (index, key) in edges)
        {
            if (keys.Contains(key) || prefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal)))
                result.Add(index);
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
