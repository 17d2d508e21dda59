using System.Globalization;
using System.Text.Json;
using ContractIntel.Contracts;
using ContractIntel.Data;
using ContractIntel.Data.Audit;
using ContractIntel.Extraction.Inference;
using ContractIntel.Extraction.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace ContractIntel.Viewer.Pages;

/// <summary><c>/documents/{id}</c>: every run of one document with its provenance: who, when, which code, configuration and models, how long.</summary>
internal static class DocumentPage
{
    public static async Task<IResult> RenderAsync(HttpContext http, Guid id, ContractIntelDbContext db, CancellationToken ct)
    {
        var doc = await db.Documents.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new { d.Id, d.FileName, d.Sha256, d.SizeBytes, d.MediaType, d.FirstSeen, d.PurgedAt }).SingleOrDefaultAsync(ct);
        if (doc is null) return Layout.NotFound(http, $"No document {id}.");
        var runs = await db.Runs.AsNoTracking().Where(r => r.DocumentId == id).OrderByDescending(r => r.Version).ToListAsync(ct);
        var runIds = runs.Select(r => r.Id).ToList();
        var models = (await db.RunModels.AsNoTracking().Where(m => runIds.Contains(m.RunId)).OrderBy(m => m.Ordinal).ToListAsync(ct))
            .ToLookup(m => m.RunId);
        var seals = await db.AuditEvents.AsNoTracking().Where(e => e.RunId != null && runIds.Contains(e.RunId.Value) && (e.Stage == AuditStages.Committed || e.Stage == AuditStages.Failed))
            .Select(e => new { RunId = e.RunId!.Value, e.Sequence, e.Hash }).ToDictionaryAsync(e => e.RunId, ct);

        var html = new Html();
        html.Add($"""
            <dl class="facts"><dt>File name</dt><dd id="document-file-name">{doc.FileName}</dd><dt>sha256</dt><dd class="hash">{doc.Sha256}</dd>
            <dt>Size</dt><dd>{doc.SizeBytes:N0} bytes, {doc.MediaType}</dd><dt>First seen</dt><dd>{Layout.When(doc.FirstSeen)}</dd>
            <dt>Bytes</dt><dd>{(doc.PurgedAt is { } p ? $"purged by retention at {Layout.When(p)}" : "kept (reprocess re-reads them)")}</dd></dl>
            """);
        if (runs.Count >= 2)
        {
            html.Add($"<form class=\"compare\" method=\"get\" action=\"{Layout.Href(http, $"/documents/{id}/compare")}\">Compare version ");
            html.Add($"{VersionSelect("a", runs.Select(r => r.Version), runs[1].Version)} with {VersionSelect("b", runs.Select(r => r.Version), runs[0].Version)} <button type=\"submit\">Side by side</button></form>");
        }
        html.Add($"<h2>Runs ({runs.Count})</h2>");
        foreach (var r in runs)
        {
            html.Add($"""
                <section class="run" id="run-v{r.Version}"><h3><a href="{Layout.Href(http, $"/runs/{r.Id}")}">Version {r.Version}</a>
                <span class="status-{r.Status.ToCode()}">{r.Status.ToCode()}</span> · <a href="{Layout.Href(http, $"/runs/{r.Id}/audit")}">audit status</a>
                · <a href="{Layout.Href(http, $"/runs/{r.Id}/pack")}">audit pack</a></h3>
                <dl class="facts">
                <dt>Reason</dt><dd>{(r.ReasonCode is null ? "—" : $"{r.ReasonCode}: {r.ReasonMessage}")}</dd>
                <dt>Kind</dt><dd>{r.Kind.ToCode()} (asked: {r.RequestedKind.ToCode()}), {r.MediaType}</dd>
                <dt>Submitted by</dt><dd>{r.SubmittedBy}{(r.Matter is null ? "" : $", matter {r.Matter}")}</dd>
                <dt>File name sent</dt><dd>{r.FileName}</dd>
                <dt>Message id</dt><dd class="hash">{r.MessageId}</dd>
                <dt>Reprocess of</dt><dd>{(r.ReprocessOf is null ? "— (a submission)" : "the stored bytes of this document")}</dd>
                <dt>When</dt><dd>started {Layout.When(r.StartedAt)}, finished {Layout.When(r.FinishedAt)}, recorded {Layout.When(r.RecordedAt)}</dd>
                <dt>Pipeline</dt><dd>version {r.PipelineVersion}, git commit <span class="hash">{r.GitCommit}</span></dd>
                <dt>Configuration hash</dt><dd class="hash">{r.ConfigHash}</dd>
                <dt>Worker</dt><dd>{r.WorkerHost}, device {r.Device}</dd>
                <dt>Counts</dt><dd>{r.PageCount} pages, {r.SegmentCount} segments, {r.ClauseCount} clause findings, {r.FieldCount} fields, {r.SentenceCount} scored sentences</dd>
                <dt>Sealed by</dt><dd>{(seals.TryGetValue(r.Id, out var s) ? $"audit event {s.Sequence}, hash {s.Hash}" : "no final audit event")}</dd>
                </dl>
                <table class="models"><thead><tr><th>Model</th><th>Version</th><th>Task</th><th>Precision</th><th>Device</th><th>sha256</th></tr></thead><tbody>
                """);
            foreach (var m in models[r.Id])
                html.Add($"<tr><td>{m.Name}</td><td>{m.Version}</td><td>{m.Task}</td><td>{m.Precision.ToCode()}</td><td>{m.Device}</td><td class=\"hash\">{m.Sha256}</td></tr>");
            if (!models[r.Id].Any()) html.Add($"<tr><td colspan=\"6\">no model (rules only)</td></tr>");
            html.Add($"</tbody></table><table class=\"timings\"><thead><tr><th>Stage</th><th>Started</th><th>ms</th></tr></thead><tbody>");
            foreach (var (stage, started, ms) in Timings(r.Timings))
                html.Add($"<tr><td>{stage}</td><td>{started}</td><td class=\"num\">{ms:F2}</td></tr>");
            html.Add($"</tbody></table></section>");
        }
        return Layout.Page(http, doc.FileName, html);
    }

    private static HtmlString VersionSelect(string name, IEnumerable<int> versions, int selected)
    {
        var h = new Html();
        h.Add($"<select name=\"{name}\">");
        foreach (var v in versions.Order())
            h.Add($"<option value=\"{v}\"{new HtmlString(v == selected ? " selected" : "")}>v{v}</option>");
        h.Add($"</select>");
        return new HtmlString(h.ToString());
    }

    private static List<(string Stage, string StartedAt, double Ms)> Timings(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateArray()
            .Select(t => (t.GetProperty("stage").GetString() ?? "", t.GetProperty("started_at").GetString() ?? "", t.GetProperty("ms").GetDouble()))
            .ToList();
    }
}
