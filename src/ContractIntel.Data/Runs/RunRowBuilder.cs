using ContractIntel.Data.Audit;
using ContractIntel.Data.Results;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Pipeline;

namespace ContractIntel.Data.Runs;

/// <summary>Turns a pipeline result into rows: texts made storable, times truncated to microseconds, rows hashed.</summary>
internal static class RunRowBuilder
{
    public static RunRowSet Build(Guid runId, Guid documentId, int version, RunRequest request, PipelineResult result, DateTimeOffset recordedAt)
    {
        var models = result.Models.Select((m, i) => RowCanonical.Hashed(new RunModel
        {
            RunId = runId, Ordinal = i, Name = m.Name, Version = m.Version, Task = m.Task, Sha256 = m.Sha256,
            Precision = m.Precision, Device = m.Device,
        })).ToList();
        var text = result.Document?.Text ?? "";
        var pages = (result.Document?.Pages ?? []).OrderBy(p => p.Number).Select(p => RowCanonical.Hashed(new RunPage
        {
            RunId = runId, PageNumber = p.Number, StartOffset = p.Start, EndOffset = p.End,
            Text = PgText.Clean(text[p.Start..p.End]),
            Source = p.Source, OcrConfidence = p.OcrConfidence, Failure = p.Failure,
            OcrWords = p.Words.Count == 0 ? null : OcrWordsJson.Serialize(p.Words), OcrDpi = p.Words.Count == 0 ? null : p.OcrDpi,
        })).ToList();
        var segments = result.Segments.OrderBy(s => s.Index).Select(s => RowCanonical.Hashed(new RunSegment
        {
            RunId = runId, SegmentIndex = s.Index, Kind = s.Kind.ToString().ToLowerInvariant(), PageNumber = s.Page,
            StartOffset = s.Start, EndOffset = s.End, Text = PgText.Clean(s.Text), ParentIndex = s.Parent,
        })).ToList();
        var clauses = result.Clauses.Select((c, i) => RowCanonical.Hashed(new RunClauseFinding
        {
            RunId = runId, Ordinal = i, Category = c.Category, SegmentIndex = c.SegmentIndex, PageNumber = c.Page,
            StartOffset = c.Start, EndOffset = c.End, Text = PgText.Clean(c.Text), Score = c.Score, Model = c.Model,
            ModelVersion = c.ModelVersion,
        })).ToList();
        var fields = result.Fields.Select((f, i) => RowCanonical.Hashed(new RunField
        {
            RunId = runId, Ordinal = i, Name = f.Name, Value = PgText.Clean(f.Value), Raw = PgText.Clean(f.Raw), PageNumber = f.Page,
            StartOffset = f.Start, EndOffset = f.End, Confidence = f.Confidence, Extractor = f.Extractor,
            ExtractorVersion = f.ExtractorVersion,
        })).ToList();
        var sentences = result.Sentences.Select((s, i) => RowCanonical.Hashed(new RunSentenceSentiment
        {
            RunId = runId, Ordinal = i, SegmentIndex = s.SegmentIndex, PageNumber = s.Page, StartOffset = s.Start,
            EndOffset = s.End, Text = PgText.Clean(s.Text), Label = s.Label, Positive = s.Positive, Negative = s.Negative,
            Neutral = s.Neutral, Model = s.Model, ModelVersion = s.ModelVersion,
        })).ToList();
        var summary = result.Sentiment is { } d
            ? RowCanonical.Hashed(new RunDocumentSentiment
            {
                RunId = runId, Label = d.Label, Sentences = d.Sentences, Positive = d.Positive, Negative = d.Negative, Neutral = d.Neutral,
            })
            : null;

        var run = new ProcessingRun
        {
            Id = runId, DocumentId = documentId, Version = version,
            Status = RunStatusCodes.Of(result),
            ReasonCode = result.Failure?.ToCode(), ReasonMessage = PgText.CleanOrNull(result.FailureMessage),
            RequestedKind = request.RequestedKind, Kind = result.Kind, MediaType = result.MediaType,
            DeclaredMediaType = PgText.CleanOrNull(result.DeclaredMediaType),
            FileName = PgText.Clean(request.FileName), MessageId = request.MessageId, SubmittedBy = PgText.Clean(request.SubmittedBy),
            Matter = PgText.CleanOrNull(request.Matter), ReprocessOf = request.ReprocessOf,
            PipelineVersion = request.PipelineVersion, GitCommit = request.GitCommit, ConfigHash = request.ConfigHash,
            WorkerHost = request.WorkerHost, Device = Device(result),
            StartedAt = PgText.Micros(result.StartedAt), FinishedAt = PgText.Micros(result.FinishedAt), RecordedAt = recordedAt,
            Timings = TimingsJson(result.Timings),
            PageCount = pages.Count, SegmentCount = segments.Count, ClauseCount = clauses.Count, FieldCount = fields.Count,
            SentenceCount = sentences.Count,
        };
        return new RunRowSet(RowCanonical.Hashed(run), models, pages, segments, clauses, fields, sentences, summary);
    }

    /// <summary>The devices the run's models ran on; a run with no model ran on the CPU alone.</summary>
    private static string Device(PipelineResult result)
    {
        var devices = result.Models.Select(m => m.Device).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return devices.Count == 0 ? "cpu" : string.Join(',', devices);
    }

    private static string TimingsJson(IReadOnlyList<StageTiming> timings)
        => CanonicalJson.Serialize(timings.Select(t => new CanonicalJson()
            .Add("stage", t.Stage)
            .Add("started_at", CanonicalJson.Timestamp(PgText.Micros(t.StartedAt)))
            .Add("ms", t.Milliseconds)).ToList());
}
