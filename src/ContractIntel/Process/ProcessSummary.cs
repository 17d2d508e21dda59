using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Pipeline;

namespace ContractIntel.Process;

public static class ProcessSummary
{
    public static string Line(PipelineResult r) => r.Succeeded
        ? $"ok      {r.FileName}  {r.Kind}  pages={r.Document!.Pages.Count} segments={r.Segments.Count} clauses={r.Clauses.Count} fields={r.Fields.Count} sentences_scored={r.Sentences.Count}  {r.Timings.Sum(t => t.Milliseconds):F0} ms"
        : $"failed  {r.FileName}  {r.Failure!.Value.ToCode()}: {r.FailureMessage}";
}
