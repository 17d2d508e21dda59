using System.Globalization;
using ContractIntel.Data;
using ContractIntel.Data.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace ContractIntel.Viewer.Pages;

/// <summary>
/// <c>/runs/{id}</c>: the run's pages with every clause finding and field highlighted at its offsets, filterable by
/// category (or field name) and minimum score; each item links to its evidence page.
/// </summary>
internal static class RunPage
{
    public static async Task<IResult> RenderAsync(HttpContext http, Guid id, ContractIntelDbContext db, CancellationToken ct)
    {
        var run = await RunSnapshot.LoadAsync(db, id, ct);
        if (run is null) return Layout.NotFound(http, $"No run {id}.");
        var q = http.Request.Query;
        var category = q["category"].ToString();
        var show = q["show"].ToString() is "findings" or "fields" ? q["show"].ToString() : "all";
        var onlyMarked = q["pages"].ToString() == "marked";
        var minScore = double.TryParse(q["min"].ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var m) ? m : 0;

        var findings = show == "fields" ? [] : run.ClauseFindings.Where(f => (category.Length == 0 || f.Category == category) && f.Score >= minScore).ToList();
        var fields = show == "findings" ? [] : run.Fields.Where(f => (category.Length == 0 || f.Name == category) && f.Confidence >= minScore).ToList();

        var html = new Html();
        RunHeader.Write(html, http, run);
        html.Add($"""
            <form class="filter" method="get" action="{Layout.Href(http, $"/runs/{id}")}">
            <label>Category or field <select name="category"><option value="">all</option>
            """);
        foreach (var c in run.ClauseFindings.Select(f => f.Category).Concat(run.Fields.Select(f => f.Name)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            html.Add($"<option value=\"{c}\"{new HtmlString(c == category ? " selected" : "")}>{c}</option>");
        html.Add($"""
            </select></label>
            <label>Minimum score <input type="number" name="min" min="0" max="1" step="0.05" value="{minScore.ToString(CultureInfo.InvariantCulture)}"></label>
            <label>Show <select name="show"><option value="all">findings and fields</option>
            <option value="findings"{new HtmlString(show == "findings" ? " selected" : "")}>clause findings</option>
            <option value="fields"{new HtmlString(show == "fields" ? " selected" : "")}>fields</option></select></label>
            <label>Pages <select name="pages"><option value="all">all</option>
            <option value="marked"{new HtmlString(onlyMarked ? " selected" : "")}>only those with a shown item</option></select></label>
            <button type="submit">Filter</button></form>
            """);

        html.Add($"<h2>Clause findings ({findings.Count} of {run.ClauseFindings.Count})</h2>");
        html.Add($"<table class=\"items\" id=\"findings\"><thead><tr><th>#</th><th>Category</th><th>Page</th><th>Score</th><th>Model</th><th>Evidence</th></tr></thead><tbody>");
        foreach (var f in findings)
        {
            html.Add($"""
                <tr><td><a class="finding-link" href="{Layout.Href(http, $"/runs/{id}/findings/{f.Ordinal}")}#finding-{f.Ordinal}">{f.Ordinal}</a></td>
                <td>{f.Category}</td><td><a href="#page-{f.PageNumber}">{f.PageNumber}</a></td><td class="num">{f.Score:F3}</td>
                <td>{f.Model}@{f.ModelVersion}</td><td class="snippet">{Snippet(f.Text)}</td></tr>
                """);
        }
        html.Add($"</tbody></table><h2>Fields ({fields.Count} of {run.Fields.Count})</h2>");
        html.Add($"<table class=\"items\" id=\"fields\"><thead><tr><th>#</th><th>Field</th><th>Value</th><th>Page</th><th>Confidence</th><th>Extractor</th><th>Words</th></tr></thead><tbody>");
        foreach (var f in fields)
        {
            html.Add($"""
                <tr><td><a class="field-link" href="{Layout.Href(http, $"/runs/{id}/fields/{f.Ordinal}")}#field-{f.Ordinal}">{f.Ordinal}</a></td>
                <td>{f.Name}</td><td>{f.Value}</td><td><a href="#page-{f.PageNumber}">{f.PageNumber}</a></td><td class="num">{f.Confidence:F2}</td>
                <td>{f.Extractor}@{f.ExtractorVersion}</td><td class="snippet">{Snippet(f.Raw)}</td></tr>
                """);
        }
        html.Add($"</tbody></table><h2>Pages ({run.Pages.Count})</h2>");
        if (run.Pages.Count == 0)
            html.Add($"<p>No page text: {(run.Document.PurgedAt is null ? "the run read none" : "purged by retention")}.</p>");
        var marks = findings.Select(f => Highlighter.Of(f)).Concat(fields.Select(f => Highlighter.Of(f))).ToList();
        var anchored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in run.Pages.Where(p => !onlyMarked || marks.Any(m => m.Start < p.EndOffset && m.End > p.StartOffset)))
            Highlighter.Write(html, page, marks, anchored);
        return Layout.Page(http, $"{run.Run.FileName} · version {run.Run.Version}", html);
    }

    private static string Snippet(string text) => text.Length <= 160 ? text : text[..157] + "...";
}
