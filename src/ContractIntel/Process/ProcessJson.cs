using System.Text.Json;
using System.Text.Json.Serialization;
using ContractIntel.Contracts;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Inference;
using ContractIntel.Extraction.Pipeline;

namespace ContractIntel.Process;

/// <summary>
/// The <c>process --json</c> shape: <c>{"documents":[{file, sha256, media_type, kind, status, reason, text, pages,
/// segments, clauses, sentiment, fields, models}]}</c>. Offsets are UTF-16 indices into <c>text</c>, end exclusive.
/// Fields are only ever added, never renamed.
/// </summary>
public static class ProcessJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        WriteIndented = false,
    };

    public static ProcessOutput From(IEnumerable<PipelineResult> results) => new(results.Select(Document).ToList());

    /// <summary>A file that never reached the pipeline (not a regular file, over the size limit) or that hit a bug in it.</summary>
    public static ProcessedDocument Refused(string file, string code, string message) =>
        new(file, "", "application/octet-stream", "", RunStatus.Failed.ToCode(), new FailureJson(code, message), null, [], [], [], null, [], [], null);

    public static ProcessedDocument Document(PipelineResult r) => new(
        File: r.FileName,
        Sha256: r.Sha256,
        MediaType: r.MediaType,
        Kind: r.Kind.ToCode(),
        Status: RunStatusCodes.Of(r).ToCode(),
        Reason: r.Failure is { } f ? new FailureJson(f.ToCode(), r.FailureMessage ?? "") : null,
        Text: r.Document?.Text,
        Pages: r.Document?.Pages.Select(p => new PageJson(p.Number, p.Start, p.End, p.Source, p.OcrConfidence, p.Failure, p.OcrDpi,
            p.Words.Count == 0 ? null : p.Words.Select(w => new WordJson(w.Start, w.End, w.Left, w.Top, w.Width, w.Height, w.Confidence)).ToList())).ToList() ?? [],
        Segments: r.Segments.Select(s => new SegmentJson(s.Kind.ToString().ToLowerInvariant(), s.Page, s.Start, s.End, s.Text)).ToList(),
        Clauses: r.Clauses.Select(c => new ClauseJson(c.Category, c.Page, c.Start, c.End, c.Text, c.Score, c.Model, c.ModelVersion)).ToList(),
        Sentiment: r.Sentences.Count == 0 && r.Sentiment is null ? null : new SentimentJson(
            r.Sentiment,
            r.Sentences.Select(s => new SentenceJson(s.Page, s.Start, s.End, s.Text, s.Label, s.Positive, s.Negative, s.Neutral)).ToList()),
        Fields: r.Fields.Select(f => new FieldJson(f.Name, f.Value, f.Raw, f.Page, f.Start, f.End, f.Confidence, f.Extractor, f.ExtractorVersion)).ToList(),
        Models: r.Models.Select(m => new ModelJson(m.Name, m.Version, m.Task, m.Sha256, m.Precision.ToCode(), m.Device)).ToList(),
        TrackedChanges: r.Document?.TrackedChanges);

    public sealed record ProcessOutput(IReadOnlyList<ProcessedDocument> Documents);

    public sealed record ProcessedDocument(
        string File, string Sha256, string MediaType, string Kind, string Status, FailureJson? Reason, string? Text,
        IReadOnlyList<PageJson> Pages, IReadOnlyList<SegmentJson> Segments, IReadOnlyList<ClauseJson> Clauses,
        SentimentJson? Sentiment, IReadOnlyList<FieldJson> Fields, IReadOnlyList<ModelJson> Models, TrackedChanges? TrackedChanges);

    public sealed record FailureJson(string Code, string Message);

    /// <param name="Source">text_layer or ocr.</param>
    /// <param name="OcrConfidence">Tesseract's mean word confidence, 0 to 100, on an OCR'd page.</param>
    /// <param name="Failure">Why a page that needed OCR has none (ocr_timeout, ocr_failed, ocr_empty, ocr_disabled).</param>
    /// <param name="Words">OCR'd words: offsets into <c>text</c>, boxes in pixels at <paramref name="OcrDpi"/>.</param>
    public sealed record PageJson(int Number, int Start, int End, string Source, double? OcrConfidence, string? Failure, int? OcrDpi, IReadOnlyList<WordJson>? Words);

    public sealed record WordJson(int Start, int End, int Left, int Top, int Width, int Height, double Confidence);

    public sealed record SegmentJson(string Kind, int Page, int Start, int End, string Text);

    public sealed record ClauseJson(string Category, int Page, int Start, int End, string Text, float Score, string Model, string ModelVersion);

    public sealed record SentimentJson(Extraction.Inference.DocumentSentiment? Document, IReadOnlyList<SentenceJson> Sentences);

    public sealed record SentenceJson(int Page, int Start, int End, string Text, string Label, float Positive, float Negative, float Neutral);

    public sealed record FieldJson(string Name, string Value, string Raw, int Page, int Start, int End, double Confidence, string Extractor, string ExtractorVersion);

    public sealed record ModelJson(string Name, string Version, string Task, string Sha256, string Precision, string Device);
}
