using System.Globalization;
using ContractIntel.Data;
using ContractIntel.Data.Audit;
using ContractIntel.Extraction.Inference;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace ContractIntel.Viewer.Pages;

/// <summary>
/// <c>/runs/{id}/findings/{n}</c> and <c>/runs/{id}/fields/{n}</c>: one item's evidence: its words highlighted on
/// its page, its offsets, score, the model (with its sha256) or extractor that produced it, and the event that sealed it.
/// </summary>
internal static class EvidencePage
{
    public static async Task<IResult> RenderAsync(HttpContext http, Guid id, string kind, int ordinal, ContractIntelDbContext db, CancellationToken ct)
    {
        var run = await RunSnapshot.LoadAsync(db, id, ct);
        if (run is null) return Layout.NotFound(http, $"No run {id}.");
        var finding = kind == "findings" ? run.ClauseFindings.FirstOrDefault(f => f.Ordinal == ordinal) : null;
        var field = kind == "fields" ? run.Fields.FirstOrDefault(f => f.Ordinal == ordinal) : null;
        if (finding is null && field is null) return Layout.NotFound(http, $"Run {id} has no {kind} item {ordinal}.");

        var html = new Html();
        RunHeader.Write(html, http, run);
        Mark focus;
        int page, start, end;
        if (finding is { } f)
        {
            var model = run.Models.FirstOrDefault(m => m.Name == f.Model && m.Version == f.ModelVersion);
            (focus, page, start, end) = (Highlighter.Of(f, focus: true), f.PageNumber, f.StartOffset, f.EndOffset);
            html.Add($"""
                <dl class="facts evidence-facts" id="evidence-facts"><dt>Clause category</dt><dd id="evidence-label">{f.Category}</dd>
                <dt>Score</dt><dd>{f.Score.ToString("F4", CultureInfo.InvariantCulture)}</dd>
                <dt>Model</dt><dd>{f.Model} version {f.ModelVersion}{(model is null ? "" : $", {model.Precision.ToCode()} on {model.Device}")}</dd>
                <dt>Model sha256</dt><dd class="hash">{model?.Sha256 ?? "not among the run's models"}</dd>
                <dt>Segment</dt><dd>{f.SegmentIndex}</dd>
                """);
        }
        else
        {
            var d = field!;
            (focus, page, start, end) = (Highlighter.Of(d, focus: true), d.PageNumber, d.StartOffset, d.EndOffset);
            html.Add($"""
                <dl class="facts evidence-facts" id="evidence-facts"><dt>Field</dt><dd id="evidence-label">{d.Name}</dd>
                <dt>Value</dt><dd>{d.Value}</dd><dt>The document's words</dt><dd>{d.Raw}</dd>
                <dt>Confidence</dt><dd>{d.Confidence.ToString("F2", CultureInfo.InvariantCulture)}</dd>
                <dt>Extractor</dt><dd>{d.Extractor} version {d.ExtractorVersion} (rules, no model)</dd>
                """);
        }
        var seal = run.Seal;
        html.Add($"""
            <dt>Page</dt><dd id="evidence-page">{page}</dd><dt>Offsets</dt><dd>{start}–{end} in the document's text</dd>
            <dt>Sealed by</dt><dd>{(seal is null ? "no final audit event" : $"audit event {seal.Sequence}, hash {seal.Hash}")}
            (<a href="{Layout.Href(http, $"/runs/{id}/audit")}">check it now</a>)</dd></dl>
            """);
        // The item's own page(s) only, with the other items there shown lightly for context.
        var others = run.ClauseFindings.Where(x => x != finding).Select(x => Highlighter.Of(x))
            .Concat(run.Fields.Where(x => x != field).Select(x => Highlighter.Of(x)));
        var marks = others.Append(focus).ToList();
        var anchored = new HashSet<string>(StringComparer.Ordinal);
        var pages = run.Pages.Where(p => p.PageNumber == page || (p.StartOffset < end && p.EndOffset > start)).ToList();
        if (pages.Count == 0) html.Add($"<p>The page text is not stored (purged by retention, or the run read none).</p>");
        foreach (var p in pages)
            Highlighter.Write(html, p, marks, anchored);
        return Layout.Page(http, $"{(finding is not null ? "Clause finding" : "Field")} {ordinal} · {run.Run.FileName} v{run.Run.Version}", html);
    }
}
