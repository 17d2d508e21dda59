using ContractIntel.Contracts;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Pipeline;

namespace ContractIntel.Process;

public static class ProcessSummary
{
    public static string Line(PipelineResult r) => r.Succeeded
        ? $"ok      {r.FileName}  {r.Kind.ToCode()}  pages={r.Document!.Pages.Count} segments={r.Segments.Count} clauses={r.Clauses.Count} fields={r.Fields.Count} sentences_scored={r.Sentences.Count}  {r.Timings.Sum(t => t.Milliseconds):F0} ms ({Stages(r)})"
        : $"failed  {r.FileName}  {r.Failure!.Value.ToCode()}: {r.FailureMessage}";

    /// <summary>Per-stage milliseconds, so a slow document shows which stage it is slow in.</summary>
    private static string Stages(PipelineResult r) => string.Join(' ', r.Timings.Select(t => $"{t.Stage}={t.Milliseconds:F0}"));
}
