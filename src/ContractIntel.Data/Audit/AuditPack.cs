using System.Text.Json;

namespace ContractIntel.Data.Audit;

/// <summary>
/// One run exported for an auditor to keep and check without the database: every row of the run in its canonical
/// form with the row hash stored beside it, the run's audit events (payloads verbatim, so their hashes can be
/// recomputed), the chain head at export time, and the evidence (each finding's and field's words, page and
/// offsets) listed for reading. <c>contractintel audit verify --pack FILE</c> checks it (<see cref="AuditPackVerifier"/>).
/// </summary>
public static class AuditPack
{
    public const string Format = "contractintel-audit-pack";
    public const string Version = "1";

    public static async Task WriteAsync(Stream output, RunSnapshot run, AuditCheckpoint head, string exportedBy, CancellationToken ct)
    {
        await using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("format", Format);
        w.WriteString("pack_version", Version);
        w.WriteString("digest_version", RunDigest.Version);
        w.WriteString("exported_at", CanonicalJson.Timestamp(head.TakenAt));
        w.WriteString("exported_by", exportedBy);
        w.WriteString("run_id", run.Run.Id);
        w.WriteString("document_id", run.Document.Id);
        w.WriteStartObject("chain_head");
        w.WriteNumber("sequence", head.Sequence);
        w.WriteString("hash", head.Hash);
        w.WriteEndObject();

        w.WriteStartArray("events");
        foreach (var e in run.Events)
        {
            w.WriteStartObject();
            w.WriteNumber("sequence", e.Sequence);
            w.WriteString("stage", e.Stage);
            w.WriteString("prev_hash", e.PrevHash);
            w.WriteString("hash", e.Hash);
            w.WritePropertyName("payload");
            w.WriteRawValue(e.Payload);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartObject("rows");
        foreach (var (table, rows) in run.Tables())
        {
            w.WriteStartArray(table);
            foreach (var (row, stored) in rows)
            {
                w.WriteStartObject();
                w.WriteString("row_hash", stored);
                w.WritePropertyName("row");
                w.WriteRawValue(row.ToString());
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();

        w.WriteStartArray("evidence");
        foreach (var f in run.ClauseFindings)
            Evidence(w, "finding", f.Ordinal, f.Category, f.PageNumber, f.StartOffset, f.EndOffset, f.Text, CanonicalJson.Serialize(f.Score), f.Model, f.ModelVersion);
        foreach (var f in run.Fields)
            Evidence(w, "field", f.Ordinal, f.Name, f.PageNumber, f.StartOffset, f.EndOffset, f.Raw, CanonicalJson.Serialize(f.Confidence), f.Extractor, f.ExtractorVersion);
        w.WriteEndArray();
        w.WriteEndObject();
        await w.FlushAsync(ct);
    }

    private static void Evidence(Utf8JsonWriter w, string kind, int ordinal, string label, int page, int start, int end, string text, string score, string model, string version)
    {
        w.WriteStartObject();
        w.WriteString("kind", kind);
        w.WriteNumber("ordinal", ordinal);
        w.WriteString("label", label);
        w.WriteNumber("page", page);
        w.WriteNumber("start", start);
        w.WriteNumber("end", end);
        w.WriteString("text", text);
        w.WritePropertyName("score");
        w.WriteRawValue(score);
        w.WriteString("model", model);
        w.WriteString("model_version", version);
        w.WriteEndObject();
    }
}
