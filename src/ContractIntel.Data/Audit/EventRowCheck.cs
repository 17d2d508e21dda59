using System.Text.Json;
using ContractIntel.Contracts;
using ContractIntel.Data.Documents;
using ContractIntel.Data.Runs;
using ContractIntel.Extraction.Pipeline;

namespace ContractIntel.Data.Audit;

/// <summary>
/// The audit events repeat what their run row says (who submitted it, the file, the bytes' hash, the status and
/// provenance). A chain rewritten consistently by someone who changed an event but not the row (or the reverse,
/// with the row hash and seal recomputed) no longer agrees with it, and this names the field.
/// </summary>
internal static class EventRowCheck
{
    public static void Compare(ProcessingRun run, StoredDocument document, (long Sequence, string Payload) received,
        (long Sequence, string Payload) final, Action<string, string?, string?, string> add)
    {
        if (received.Payload is null)
        {
            add("event", "processing_runs", $"id={run.Id}", $"run {run.Id} has no received audit event");
        }
        else
        {
            Fields(run, received, add, new()
            {
                ["message_id"] = run.MessageId, ["submitted_by"] = run.SubmittedBy, ["matter"] = run.Matter, ["file_name"] = run.FileName,
                ["sha256"] = document.Sha256, ["size_bytes"] = document.SizeBytes, ["requested_kind"] = run.RequestedKind.ToCode(), ["reprocess_of"] = run.ReprocessOf,
            });
        }
        Fields(run, final, add, new()
        {
            ["status"] = run.Status.ToCode(), ["version"] = run.Version, ["reason_code"] = run.ReasonCode, ["pipeline_version"] = run.PipelineVersion,
            ["git_commit"] = run.GitCommit, ["config_hash"] = run.ConfigHash, ["worker_host"] = run.WorkerHost, ["device"] = run.Device,
        });
    }

    private static void Fields(ProcessingRun run, (long Sequence, string Payload) e, Action<string, string?, string?, string> add, Dictionary<string, object?> expected)
    {
        using var json = JsonDocument.Parse(e.Payload);
        var data = json.RootElement.GetProperty("data");
        foreach (var (field, value) in expected)
        {
            // Both sides in the canonical form the writer used, so a difference is a difference of value.
            var stored = data.TryGetProperty(field, out var v) ? v.GetRawText() : null;
            if (stored != CanonicalJson.Serialize(value))
                add("event", "processing_runs", $"id={run.Id}", $"audit event {e.Sequence} says {field} of run {run.Id} is {stored ?? "absent"}; the rows say {CanonicalJson.Serialize(value)}");
        }
    }
}
