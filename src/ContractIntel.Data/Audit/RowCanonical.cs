using System.Text.Json;
using ContractIntel.Data.Documents;
using ContractIntel.Data.Results;
using ContractIntel.Data.Runs;

namespace ContractIntel.Data.Audit;

/// <summary>
/// The canonical form of each stored row: every column but <c>row_hash</c>, keyed by its column name. The recorder
/// hashes these before inserting; <c>audit verify</c> rebuilds them from what it reads back, so any changed column
/// changes the hash. Adding a column means adding it here (and a new digest version).
/// </summary>
public static class RowCanonical
{
    public static CanonicalJson Of(StoredDocument d) => new CanonicalJson()
        .Add("id", d.Id).Add("sha256", d.Sha256).Add("size_bytes", d.SizeBytes).Add("media_type", d.MediaType)
        .Add("file_name", d.FileName).Add("first_seen", d.FirstSeen);

    public static CanonicalJson Of(ProcessingRun r) => new CanonicalJson()
        .Add("id", r.Id).Add("document_id", r.DocumentId).Add("version", r.Version).Add("status", r.Status)
        .Add("reason_code", r.ReasonCode).Add("reason_message", r.ReasonMessage).Add("requested_kind", r.RequestedKind)
        .Add("kind", r.Kind).Add("media_type", r.MediaType).Add("file_name", r.FileName).Add("message_id", r.MessageId)
        .Add("submitted_by", r.SubmittedBy).Add("matter", r.Matter).Add("reprocess_of", r.ReprocessOf)
        .Add("pipeline_version", r.PipelineVersion).Add("git_commit", r.GitCommit).Add("config_hash", r.ConfigHash)
        .Add("worker_host", r.WorkerHost).Add("device", r.Device).Add("started_at", r.StartedAt)
        .Add("finished_at", r.FinishedAt).Add("recorded_at", r.RecordedAt).Add("timings", Timings(r.Timings))
        .Add("page_count", r.PageCount).Add("segment_count", r.SegmentCount).Add("clause_count", r.ClauseCount)
        .Add("field_count", r.FieldCount).Add("sentence_count", r.SentenceCount)
        .AddUnlessNull("declared_media_type", r.DeclaredMediaType);

    public static CanonicalJson Of(RunModel m) => new CanonicalJson()
        .Add("run_id", m.RunId).Add("ordinal", m.Ordinal).Add("name", m.Name).Add("version", m.Version).Add("task", m.Task)
        .Add("sha256", m.Sha256).Add("precision", m.Precision).Add("device", m.Device);

    /// <remarks>
    /// The OCR columns came later: they join the canonical form only when set, so a page recorded before them
    /// hashes as it did, and setting or clearing one afterwards still changes the hash. Every page recorded since has
    /// a <c>source</c>.
    /// </remarks>
    public static CanonicalJson Of(RunPage p)
    {
        var json = new CanonicalJson()
            .Add("run_id", p.RunId).Add("page_number", p.PageNumber).Add("start_offset", p.StartOffset)
            .Add("end_offset", p.EndOffset).Add("text", p.Text);
        if (p.Source is not null) json.Add("source", p.Source);
        if (p.OcrConfidence is not null) json.Add("ocr_confidence", p.OcrConfidence);
        if (p.Failure is not null) json.Add("failure", p.Failure);
        if (p.OcrWords is not null) json.Add("ocr_words", Words(p.OcrWords));
        if (p.OcrDpi is not null) json.Add("ocr_dpi", p.OcrDpi);
        return json;
    }

    public static CanonicalJson Of(RunSegment s) => new CanonicalJson()
        .Add("run_id", s.RunId).Add("segment_index", s.SegmentIndex).Add("kind", s.Kind).Add("page_number", s.PageNumber)
        .Add("start_offset", s.StartOffset).Add("end_offset", s.EndOffset).Add("text", s.Text).Add("parent_index", s.ParentIndex);

    public static CanonicalJson Of(RunClauseFinding c) => new CanonicalJson()
        .Add("run_id", c.RunId).Add("ordinal", c.Ordinal).Add("category", c.Category).Add("segment_index", c.SegmentIndex)
        .Add("page_number", c.PageNumber).Add("start_offset", c.StartOffset).Add("end_offset", c.EndOffset)
        .Add("text", c.Text).Add("score", c.Score).Add("model", c.Model).Add("model_version", c.ModelVersion);

    public static CanonicalJson Of(RunField f) => new CanonicalJson()
        .Add("run_id", f.RunId).Add("ordinal", f.Ordinal).Add("name", f.Name).Add("value", f.Value).Add("raw", f.Raw)
        .Add("page_number", f.PageNumber).Add("start_offset", f.StartOffset).Add("end_offset", f.EndOffset)
        .Add("confidence", f.Confidence).Add("extractor", f.Extractor).Add("extractor_version", f.ExtractorVersion);

    public static CanonicalJson Of(RunSentenceSentiment s) => new CanonicalJson()
        .Add("run_id", s.RunId).Add("ordinal", s.Ordinal).Add("segment_index", s.SegmentIndex).Add("page_number", s.PageNumber)
        .Add("start_offset", s.StartOffset).Add("end_offset", s.EndOffset).Add("text", s.Text).Add("label", s.Label)
        .Add("positive", s.Positive).Add("negative", s.Negative).Add("neutral", s.Neutral).Add("model", s.Model)
        .Add("model_version", s.ModelVersion);

    public static CanonicalJson Of(RunDocumentSentiment s) => new CanonicalJson()
        .Add("run_id", s.RunId).Add("label", s.Label).Add("sentences", s.Sentences).Add("positive", s.Positive)
        .Add("negative", s.Negative).Add("neutral", s.Neutral);

    /// <summary>OCR words as stored in jsonb (respaced on the way back), hashed as parsed numbers like the timings.</summary>
    internal static List<List<double>> Words(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateArray().Select(w => w.EnumerateArray().Select(v => v.GetDouble()).ToList()).ToList();
    }

    /// <summary>
    /// Timings are stored as jsonb, which reorders keys and respaces; hashing the parsed values (not the text)
    /// makes the hash independent of that. Numbers read back as the same double because jsonb keeps their digits.
    /// </summary>
    internal static List<CanonicalJson> Timings(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var list = new List<CanonicalJson>();
        foreach (var t in doc.RootElement.EnumerateArray())
        {
            list.Add(new CanonicalJson()
                .Add("stage", t.GetProperty("stage").GetString())
                .Add("started_at", t.GetProperty("started_at").GetString())
                .Add("ms", t.GetProperty("ms").GetDouble()));
        }
        return list;
    }
}
