using System.Globalization;
using ContractIntel.Contracts;
using ContractIntel.Data;
using ContractIntel.Extraction.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContractIntel.Viewer.Pages;

/// <summary><c>/</c>: documents by file name, matter, sha256, status of the latest run and processing date, each with its latest run.</summary>
internal static class DocumentsPage
{
    public static async Task<IResult> RenderAsync(HttpContext http, ContractIntelDbContext db, IOptions<ViewerOptions> options, CancellationToken ct)
    {
        var query = http.Request.Query;
        string Param(string name) => query[name].ToString().Trim();
        var (name, matter, sha, status, from, to) = (Param("q"), Param("matter"), Param("sha256").ToLowerInvariant(), Param("status"), Param("from"), Param("to"));

        var docs = db.Documents.AsNoTracking();
        if (name.Length > 0)
        {
            var pattern = Like(name);
            docs = docs.Where(d => EF.Functions.ILike(d.FileName, pattern) || db.Runs.Any(r => r.DocumentId == d.Id && EF.Functions.ILike(r.FileName, pattern)));
        }
        if (matter.Length > 0)
        {
            var pattern = Like(matter);
            docs = docs.Where(d => db.Runs.Any(r => r.DocumentId == d.Id && r.Matter != null && EF.Functions.ILike(r.Matter, pattern)));
        }
        if (sha.Length > 0) docs = docs.Where(d => d.Sha256.StartsWith(sha));
        if (status.Length > 0)
        {
            // A status no run can have matches no document.
            RunStatus? wanted = RunStatusCodes.TryParse(status, out var parsed) ? parsed : null;
            docs = docs.Where(d => wanted != null
                && db.Runs.Where(r => r.DocumentId == d.Id).OrderByDescending(r => r.Version).Select(r => (RunStatus?)r.Status).FirstOrDefault() == wanted);
        }
        var fromTime = Day(from);
        var toTime = Day(to)?.AddDays(1);
        if (fromTime is not null || toTime is not null)
            docs = docs.Where(d => db.Runs.Any(r => r.DocumentId == d.Id && (fromTime == null || r.RecordedAt >= fromTime) && (toTime == null || r.RecordedAt < toTime)));

        var max = options.Value.MaxSearchResults;
        var rows = await docs
            .OrderByDescending(d => db.Runs.Where(r => r.DocumentId == d.Id).Max(r => (DateTimeOffset?)r.RecordedAt))
            .ThenBy(d => d.FileName)
            .Select(d => new
            {
                d.Id, d.FileName, d.Sha256, d.SizeBytes, d.MediaType, d.FirstSeen, Purged = d.PurgedAt != null,
                Runs = db.Runs.Count(r => r.DocumentId == d.Id),
                Latest = db.Runs.Where(r => r.DocumentId == d.Id).OrderByDescending(r => r.Version)
                    .Select(r => new { r.Id, r.Version, r.Status, r.ReasonCode, r.Matter, r.Kind, r.RecordedAt, r.ClauseCount, r.FieldCount })
                    .FirstOrDefault(),
            })
            .Take(max + 1).ToListAsync(ct);

        var html = new Html();
        html.Add($"""
            <form class="search" method="get" action="{Layout.Href(http, "/")}" role="search">
            <label>File name <input name="q" value="{name}"></label>
            <label>Matter <input name="matter" value="{matter}"></label>
            <label>sha256 <input name="sha256" value="{sha}" size="16" placeholder="prefix"></label>
            <label>Latest run <select name="status">{Option("", "any", status)}{Option(RunStatus.Succeeded.ToCode(), status)}{Option(RunStatus.Failed.ToCode(), status)}</select></label>
            <label>Processed from <input type="date" name="from" value="{from}"></label>
            <label>to <input type="date" name="to" value="{to}"></label>
            <button type="submit">Search</button></form>
            """);
        html.Add($"<p class=\"count\" id=\"result-count\">{Math.Min(rows.Count, max)} document(s){(rows.Count > max ? $", the first {max} shown" : "")}</p>");
        html.Add($"""
            <table class="documents"><thead><tr><th>File name</th><th>Matter</th><th>sha256</th><th>Size</th><th>First seen</th>
            <th>Runs</th><th>Latest run</th><th>Status</th><th>Recorded</th><th>Clauses</th><th>Fields</th><th></th></tr></thead><tbody>
            """);
        foreach (var d in rows.Take(max))
        {
            var l = d.Latest;
            html.Add($"""
                <tr><td><a class="document-link" href="{Layout.Href(http, $"/documents/{d.Id}")}">{d.FileName}</a>{(d.Purged ? new HtmlString(" <span class=\"badge\">purged</span>") : default)}</td>
                <td>{l?.Matter}</td><td class="hash" title="{d.Sha256}">{Layout.Short(d.Sha256)}</td><td>{d.SizeBytes:N0}</td>
                <td>{Layout.When(d.FirstSeen)}</td><td>{d.Runs}</td>
                """);
            if (l is null)
            {
                html.Add($"<td colspan=\"6\">no run</td></tr>");
                continue;
            }
            html.Add($"""
                <td><a href="{Layout.Href(http, $"/runs/{l.Id}")}">v{l.Version} ({l.Kind.ToCode()})</a></td>
                <td class="status-{l.Status.ToCode()}">{l.Status.ToCode()}{(l.ReasonCode is null ? "" : $": {l.ReasonCode}")}</td><td>{Layout.When(l.RecordedAt)}</td>
                <td>{l.ClauseCount}</td><td>{l.FieldCount}</td><td><a href="{Layout.Href(http, $"/runs/{l.Id}/audit")}">audit</a></td></tr>
                """);
        }
        html.Add($"</tbody></table>");
        return Layout.Page(http, "Documents", html);
    }

    private static HtmlString Option(string code, string selected) => Option(code, code, selected);

    private static HtmlString Option(string value, string label, string selected)
        => new($"<option value=\"{Html.Encode(value)}\"{(value == selected ? " selected" : "")}>{Html.Encode(label)}</option>");

    /// <summary>A contains-pattern for ILIKE with the user's own % _ and \ taken literally.</summary>
    private static string Like(string text)
        => "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    private static DateTimeOffset? Day(string text)
        => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : null;
}
