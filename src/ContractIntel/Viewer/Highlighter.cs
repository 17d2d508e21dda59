using System.Globalization;
using ContractIntel.Data.Results;

namespace ContractIntel.Viewer;

/// <summary>One highlighted item: its anchor id, its CSS class (finding, field), a title, document offsets, and whether it is the item in focus.</summary>
internal sealed record Mark(string Id, string Css, string Title, int Start, int End, bool Focus = false);

/// <summary>
/// Writes a page's text with items highlighted at their offsets. Offsets are into the document's text (UTF-16, end
/// exclusive), a page holds [start, end) of it, so an item lands at offset - page start; an item that runs over a
/// page break is highlighted on each page it covers. Overlapping items split the text at every boundary, and each
/// piece is one mark naming every item it belongs to.
/// </summary>
internal static class Highlighter
{
    public static void Write(Html html, RunPage page, IReadOnlyList<Mark> marks, ISet<string> anchored)
    {
        var text = page.Text;
        var local = marks
            .Select(m => (Mark: m, S: Math.Clamp(m.Start - page.StartOffset, 0, text.Length), E: Math.Clamp(m.End - page.StartOffset, 0, text.Length)))
            .Where(m => m.E > m.S)
            .ToList();
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var m in local)
        {
            cuts.Add(m.S);
            cuts.Add(m.E);
        }
        html.Add($"<section class=\"page\" id=\"page-{page.PageNumber}\" data-page=\"{page.PageNumber}\"><h3 class=\"page-number\">Page {page.PageNumber}</h3><div class=\"text\">");
        var bounds = cuts.ToList();
        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            var (from, to) = (bounds[i], bounds[i + 1]);
            foreach (var m in local.Where(m => m.S == from && anchored.Add(m.Mark.Id)))
                html.Add($"<span class=\"anchor\" id=\"{m.Mark.Id}\"></span>");
            var piece = text[from..to];
            var active = local.Where(m => m.S <= from && m.E >= to).Select(m => m.Mark).ToList();
            if (active.Count == 0)
            {
                html.Text(piece);
                continue;
            }
            var css = string.Join(' ', active.Select(m => m.Css).Distinct(StringComparer.Ordinal)
                .Concat(active.Any(m => m.Focus) ? ["focus"] : [])
                .Concat(active.Count > 1 ? ["overlap"] : []));
            html.Add($"<mark class=\"{css}\" data-items=\"{string.Join(' ', active.Select(m => m.Id))}\" title=\"{string.Join("\n", active.Select(m => m.Title))}\">{piece}</mark>");
        }
        html.Add($"</div></section>");
    }

    public static Mark Of(RunClauseFinding f, bool focus = false)
        => new($"finding-{f.Ordinal}", "finding", string.Create(CultureInfo.InvariantCulture, $"{f.Category} · score {f.Score:F3} · {f.Model}@{f.ModelVersion}"), f.StartOffset, f.EndOffset, focus);

    public static Mark Of(RunField f, bool focus = false)
        => new($"field-{f.Ordinal}", "field", string.Create(CultureInfo.InvariantCulture, $"{f.Name} = {f.Value} · confidence {f.Confidence:F2} · {f.Extractor}@{f.ExtractorVersion}"), f.StartOffset, f.EndOffset, focus);
}
