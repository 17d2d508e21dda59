using System.Text.Json;
using ContractIntel.Data;
using ContractIntel.Data.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace ContractIntel.Viewer.Pages;

/// <summary>
/// <c>/runs/{id}/audit</c>: the run's rows recomputed from what the database holds now, against the seal its final
/// event carries and the chain: "verified", or "changed since it was recorded" with the tables and rows that changed.
/// </summary>
internal static class AuditPage
{
    public static async Task<IResult> RenderAsync(HttpContext http, Guid id, ContractIntelDbContext db, CancellationToken ct)
    {
        var run = await RunSnapshot.LoadAsync(db, id, ct);
        if (run is null) return Layout.NotFound(http, $"No run {id}.");
        var report = await new AuditVerifier(db).VerifyAsync(new VerifyScope(RunId: id), [], ct);
        var mine = report.Problems.Where(p => p.RunId == id).ToList();
        var elsewhere = report.Problems.Count - mine.Count;
        var seal = run.Seal;

        var html = new Html();
        RunHeader.Write(html, http, run);
        if (mine.Count == 0 && seal is not null)
        {
            html.Add($"""
                <p class="audit-status verified" id="audit-status">Verified: every row of this run in the database now hashes to what
                audit event {seal.Sequence} sealed when it was recorded ({Layout.When(seal.OccurredAt)}), and that event is intact in the chain.</p>
                """);
        }
        else
        {
            html.Add($"<p class=\"audit-status changed\" id=\"audit-status\">Changed since it was recorded: {mine.Count} problem(s).</p><ul class=\"problems\" id=\"problems\">");
            foreach (var p in mine) html.Add($"<li>{p.Message}</li>");
            html.Add($"</ul>");
        }
        if (elsewhere > 0)
            html.Add($"<p class=\"audit-warning\">The chain has {elsewhere} problem(s) outside this run: run <code>contractintel audit verify</code> for the whole report.</p>");

        if (seal is not null)
        {
            using var payload = JsonDocument.Parse(seal.Payload);
            var data = payload.RootElement.GetProperty("data");
            var tables = run.Tables().ToDictionary(t => t.Table, t => (IReadOnlyList<SealedRow>)t.Rows.Select(r => Sealed(r.Row, r.StoredHash)).ToList());
            var compared = SealComparison.Compare(data.GetProperty("seal"), tables);
            html.Add($"""
                <h2>Tables now against the seal</h2>
                <table class="seal" id="seal-tables"><thead><tr><th>Table</th><th>Rows sealed</th><th>Rows now</th><th>Digest sealed</th><th>Digest now</th><th>Result</th></tr></thead><tbody>
                """);
            foreach (var t in compared)
            {
                var result = t.Matches ? "same"
                    : t.ChangedRows.Count > 0 ? $"changed rows: {string.Join(", ", t.ChangedRows)}"
                    : t.Count != t.SealedCount ? $"rows {(t.Count < t.SealedCount ? "deleted" : "added")}"
                    : "rows rewritten together with their row hashes";
                html.Add($"""
                    <tr class="{(t.Matches ? "same" : "changed")}" data-table="{t.Table}"><td>{t.Table}</td><td class="num">{t.SealedCount}</td><td class="num">{t.Count}</td>
                    <td class="hash" title="{t.SealedSha256}">{Layout.Short(t.SealedSha256)}</td><td class="hash" title="{t.Sha256}">{Layout.Short(t.Sha256)}</td><td>{result}</td></tr>
                    """);
            }
            html.Add($"</tbody></table>");
            foreach (var t in compared.Where(t => t.ChangedRows.Count > 0))
            {
                foreach (var key in t.ChangedRows)
                {
                    var row = tables[t.Table].First(r => r.Key == key);
                    html.Add($"<h3>{t.Table} row {key} as it reads now</h3><pre class=\"changed-row\">{row.Canonical}</pre>");
                }
            }
            html.Add($"""
                <h2>The seal</h2><dl class="facts"><dt>Event</dt><dd>{seal.Sequence} ({seal.Stage}, {Layout.When(seal.OccurredAt)})</dd>
                <dt>Event hash</dt><dd class="hash">{seal.Hash}</dd><dt>Previous hash</dt><dd class="hash">{seal.PrevHash}</dd>
                <dt>Digest</dt><dd class="hash">{data.GetProperty("digest").GetString()}</dd>
                <dt>Chain</dt><dd>{report.Events} events, head {report.HeadSequence} <span class="hash">{report.HeadHash}</span></dd></dl>
                """);
        }
        html.Add($"<h2>Events of this run</h2><table class=\"events\"><thead><tr><th>Sequence</th><th>Stage</th><th>When</th><th>Hash</th></tr></thead><tbody>");
        foreach (var e in run.Events)
            html.Add($"<tr><td class=\"num\">{e.Sequence}</td><td>{e.Stage}</td><td>{Layout.When(e.OccurredAt)}</td><td class=\"hash\">{e.Hash}</td></tr>");
        html.Add($"</tbody></table>");
        return Layout.Page(http, $"Audit status · {run.Run.FileName} v{run.Run.Version}", html);
    }

    private static SealedRow Sealed(CanonicalJson row, string storedHash)
    {
        var canonical = row.ToString();
        using var doc = JsonDocument.Parse(canonical);
        return new SealedRow(SealComparison.KeyOf(doc.RootElement), canonical, storedHash);
    }
}
