using ContractIntel.Contracts;
using ContractIntel.Data.Audit;
using ContractIntel.Extraction.Pipeline;
using Microsoft.AspNetCore.Http;

namespace ContractIntel.Viewer.Pages;

/// <summary>The lines at the top of every run page: which document and version, and the ways to its other views.</summary>
internal static class RunHeader
{
    public static void Write(Html html, HttpContext http, RunSnapshot run)
    {
        var r = run.Run;
        html.Add($"""
            <nav class="run-nav"><a href="{Layout.Href(http, $"/documents/{r.DocumentId}")}">all runs of this document</a>
            · <a href="{Layout.Href(http, $"/runs/{r.Id}")}">pages and findings</a>
            · <a href="{Layout.Href(http, $"/runs/{r.Id}/audit")}">audit status</a>
            · <a href="{Layout.Href(http, $"/runs/{r.Id}/pack")}">download the audit pack</a></nav>
            <p class="run-line">Version {r.Version} · <span class="status-{r.Status.ToCode()}">{r.Status.ToCode()}</span>{(r.ReasonCode is null ? "" : $" ({r.ReasonCode})")}
            · {r.Kind.ToCode()} · recorded {Layout.When(r.RecordedAt)} · pipeline {r.PipelineVersion} · commit <span class="hash">{Layout.Short(r.GitCommit)}</span>
            · models {string.Join(", ", run.Models.Select(m => $"{m.Name}@{m.Version}"))}</p>
            """);
    }
}
