using System.Globalization;
using ContractIntel.Data;
using ContractIntel.Data.Audit;
using ContractIntel.Extraction.Inference;
using ContractIntel.Extraction.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace ContractIntel.Viewer.Pages;

/// <summary>
/// <c>/documents/{id}/compare?a=1&amp;b=2</c>: two versions of one document side by side: provenance, then the clause
/// findings and fields one version has and the other lacks, or has with another value or score. Items are matched
/// by what they say and where: (category, offsets) for findings, (field name, offsets) for fields.
/// </summary>
internal static class ComparePage
{
    public static async Task<IResult> RenderAsync(HttpContext http, Guid id, ContractIntelDbContext db, CancellationToken ct)
    {
        var versions = await db.Runs.AsNoTracking().Where(r => r.DocumentId == id).OrderByDescending(r => r.Version)
            .Select(r => new { r.Version, r.Id }).ToListAsync(ct);
        if (versions.Count == 0) return Layout.NotFound(http, $"No document {id} with runs.");
        int Version(string key, int fallback) => int.TryParse(http.Request.Query[key].ToString(), CultureInfo.InvariantCulture, out var v) ? v : fallback;
        var (va, vb) = (Version("a", versions.Count > 1 ? versions[1].Version : versions[0].Version), Version("b", versions[0].Version));
        var (ida, idb) = (versions.FirstOrDefault(v => v.Version == va)?.Id, versions.FirstOrDefault(v => v.Version == vb)?.Id);
        if (ida is null || idb is null) return Layout.NotFound(http, $"Document {id} has no version {(ida is null ? va : vb)}.");
        var a = (await RunSnapshot.LoadAsync(db, ida.Value, ct))!;
        var b = (await RunSnapshot.LoadAsync(db, idb.Value, ct))!;

        var html = new Html();
        html.Add($"""
            <p><a href="{Layout.Href(http, $"/documents/{id}")}">all runs of this document</a></p>
            <table class="compare" id="compare-runs"><thead><tr><th></th><th><a href="{Layout.Href(http, $"/runs/{a.Run.Id}")}">version {a.Run.Version}</a></th>
            <th><a href="{Layout.Href(http, $"/runs/{b.Run.Id}")}">version {b.Run.Version}</a></th></tr></thead><tbody>
            """);
        Row(html, "Status", a.Run.Status.ToCode() + (a.Run.ReasonCode is null ? "" : $" ({a.Run.ReasonCode})"), b.Run.Status.ToCode() + (b.Run.ReasonCode is null ? "" : $" ({b.Run.ReasonCode})"));
        Row(html, "Recorded", Layout.When(a.Run.RecordedAt), Layout.When(b.Run.RecordedAt));
        Row(html, "Submitted by", a.Run.SubmittedBy, b.Run.SubmittedBy);
        Row(html, "Pipeline", a.Run.PipelineVersion, b.Run.PipelineVersion);
        Row(html, "Git commit", a.Run.GitCommit, b.Run.GitCommit);
        Row(html, "Configuration hash", a.Run.ConfigHash, b.Run.ConfigHash);
        Row(html, "Models", Models(a), Models(b));
        Row(html, "Device", a.Run.Device, b.Run.Device);
        Row(html, "Pages, segments", $"{a.Run.PageCount}, {a.Run.SegmentCount}", $"{b.Run.PageCount}, {b.Run.SegmentCount}");
        Row(html, "Clause findings", a.ClauseFindings.Count.ToString(CultureInfo.InvariantCulture), b.ClauseFindings.Count.ToString(CultureInfo.InvariantCulture));
        Row(html, "Fields", a.Fields.Count.ToString(CultureInfo.InvariantCulture), b.Fields.Count.ToString(CultureInfo.InvariantCulture));
        html.Add($"</tbody></table>");

        var findings = VersionDiff.Of(
            a.ClauseFindings, b.ClauseFindings, f => (f.Category, f.StartOffset, f.EndOffset),
            f => string.Create(CultureInfo.InvariantCulture, $"score {f.Score:F3} · {f.Model}@{f.ModelVersion}"));
        Section(html, "Clause findings", "findings-diff", (a.Run.Version, b.Run.Version), findings, f => (f.Category, f.PageNumber, f.Text));
        var fields = VersionDiff.Of(
            a.Fields, b.Fields, f => (f.Name, f.StartOffset, f.EndOffset),
            f => string.Create(CultureInfo.InvariantCulture, $"{f.Value} · confidence {f.Confidence:F2} · {f.Extractor}@{f.ExtractorVersion}"));
        Section(html, "Fields", "fields-diff", (a.Run.Version, b.Run.Version), fields, f => (f.Name, f.PageNumber, f.Raw));
        return Layout.Page(http, $"{b.Run.FileName}: version {a.Run.Version} and version {b.Run.Version}", html);
    }

    private static string Models(RunSnapshot s) => string.Join(", ", s.Models.Select(m => $"{m.Name}@{m.Version} ({m.Precision.ToCode()}, sha256 {Layout.Short(m.Sha256)})"));

    private static void Row(Html html, string label, string a, string b)
        => html.Add($"<tr class=\"{(a == b ? "same" : "changed")}\"><th>{label}</th><td>{a}</td><td>{b}</td></tr>");

    private static void Section<T>(Html html, string title, string tableId, (int A, int B) versions, VersionDiff<T> diff, Func<T, (string Label, int Page, string Words)> show)
        where T : class
    {
        html.Add($"""
            <h2>{title}: {diff.Added} added, {diff.Removed} removed (version {versions.A} to {versions.B}), {diff.Changed} changed, {diff.Same} the same</h2>
            <table class="diff" id="{tableId}"><thead><tr><th>Change</th><th>Item</th><th>Page</th><th>Version {versions.A}</th><th>Version {versions.B}</th><th>Words</th></tr></thead><tbody>
            """);
        foreach (var (change, older, newer) in diff.Rows.Where(r => r.Change != "same"))
        {
            var (label, page, words) = show(newer.Item ?? older.Item!);
            html.Add($"""
                <tr class="{change}"><td>{change}</td><td>{label}</td><td>{page}</td><td>{older.Text ?? "—"}</td><td>{newer.Text ?? "—"}</td>
                <td class="snippet">{(words.Length > 160 ? words[..157] + "..." : words)}</td></tr>
                """);
        }
        html.Add($"</tbody></table>");
    }
}
