using ContractIntel.Contracts;
using ContractIntel.Data.Audit;
using ContractIntel.Extraction.Inference;
using ContractIntel.Extraction.Pipeline;

namespace ContractIntel.Data.Runs;

/// <summary>One event per stage the run went through, then its seal. Ids, counts, hashes and versions only: no document text.</summary>
internal static class RunEvents
{
    public static List<PendingEvent> For(RunRequest request, PipelineResult result, RunRowSet rows, string documentRowHash)
    {
        var run = rows.Run;
        var events = new List<PendingEvent>
        {
            new(AuditStages.Received, run.Id, run.DocumentId, run.StartedAt, new CanonicalJson()
                .Add("message_id", request.MessageId).Add("submitted_by", run.SubmittedBy).Add("matter", run.Matter)
                .Add("file_name", run.FileName).Add("sha256", result.Sha256).Add("size_bytes", result.SizeBytes)
                .Add("requested_kind", run.RequestedKind.ToCode()).Add("reprocess_of", run.ReprocessOf)),
        };
        if (result.Document is not null && Timing(result, "read") is { } read)
        {
            events.Add(new(AuditStages.Read, run.Id, run.DocumentId, End(read), new CanonicalJson()
                .Add("media_type", run.MediaType).Add("pages", rows.Pages.Count).Add("text_length", result.Document.Text.Length)
                .Add("ms", read.Milliseconds).WithReadDetails(result.Document)));
        }
        if (Timing(result, "segment") is { } segment)
        {
            events.Add(new(AuditStages.Segmented, run.Id, run.DocumentId, End(segment), new CanonicalJson()
                .Add("segments", rows.Segments.Count).Add("ms", segment.Milliseconds)));
        }
        var inference = result.Timings.Where(t => t.Stage is "clauses" or "sentiment").ToList();
        if (inference.Count > 0)
        {
            events.Add(new(AuditStages.Inferred, run.Id, run.DocumentId, inference.Max(End), new CanonicalJson()
                .Add("models", rows.Models.Select(m => new CanonicalJson().Add("name", m.Name).Add("version", m.Version)
                    .Add("task", m.Task).Add("sha256", m.Sha256).Add("precision", m.Precision.ToCode()).Add("device", m.Device)).ToList())
                .Add("clauses", rows.ClauseFindings.Count).Add("sentences", rows.Sentences.Count)
                .Add("ms", inference.Sum(t => t.Milliseconds))));
        }
        if (Timing(result, "fields") is { } fields)
        {
            events.Add(new(AuditStages.Fields, run.Id, run.DocumentId, End(fields), new CanonicalJson()
                .Add("fields", rows.Fields.Count).Add("ms", fields.Milliseconds)));
        }
        var seal = rows.Digest(documentRowHash);
        events.Add(new(result.Succeeded ? AuditStages.Committed : AuditStages.Failed, run.Id, run.DocumentId, run.RecordedAt, new CanonicalJson()
            .Add("status", run.Status.ToCode()).Add("version", run.Version).Add("reason_code", run.ReasonCode)
            .Add("pipeline_version", run.PipelineVersion).Add("git_commit", run.GitCommit).Add("config_hash", run.ConfigHash)
            .Add("worker_host", run.WorkerHost).Add("device", run.Device)
            .Add("seal", seal.ToCanonical()).Add("digest", seal.Digest)));
        return events;
    }

    private static StageTiming? Timing(PipelineResult result, string stage) => result.Timings.FirstOrDefault(t => t.Stage == stage);

    private static DateTimeOffset End(StageTiming t) => PgText.Micros(t.StartedAt.AddMilliseconds(t.Milliseconds));
}

/// <summary>What the read stage adds to its event for scanned and Word documents: counts only, never text.</summary>
internal static class ReadEventDetails
{
    public static CanonicalJson WithReadDetails(this CanonicalJson json, Extraction.Documents.DocumentText document)
    {
        var ocr = document.Pages.Count(p => p.Source == Extraction.Documents.PageSources.Ocr);
        var failed = document.Pages.Count(p => p.Failure is not null);
        if (ocr > 0 || failed > 0)
            json.Add("ocr_pages", ocr).Add("page_failures", failed);
        // Tracked changes are resolved to the accepted text; the event records that there were some.
        if (document.TrackedChanges is { } changes)
            json.Add("tracked_insertions", changes.Insertions).Add("tracked_deletions", changes.Deletions);
        return json;
    }
}
