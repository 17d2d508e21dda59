using System.Diagnostics;
using System.Security.Cryptography;
using ContractIntel.Contracts;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Fields;
using ContractIntel.Extraction.Inference;
using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Extraction.Pipeline;

/// <summary>
/// One document from bytes to results: hash, limits, read, segment, classify clauses, score sentiment, extract
/// fields. Each stage is timed and traced. Permanent problems with the document become a failed result with a
/// reason; anything else (a bug, the machine) propagates so the caller can retry.
/// </summary>
public sealed class DocumentPipeline(
    IDocumentReader reader,
    Segmenter segmenter,
    ClauseClassifier? clauses,
    SentimentScorer? sentiment,
    ContractFieldExtractor fields,
    ExtractionLimits limits,
    TimeProvider time)
{
    public const string Version = "0.1.0";

    /// <param name="meter">Wraps each stage (a bench's CPU meter); null for the worker and <c>process</c>.</param>
    public PipelineResult Run(DocumentInput input, IStageMeter? meter = null)
    {
        var startedAt = time.GetUtcNow();
        var timings = new List<StageTiming>();
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(input.Bytes.Span));
        // The bytes decide the type; what the sender declared is kept only when it disagrees (see Declared).
        var mediaType = DocumentReader.Resolve(input.Bytes.Span, input.FileName, input.MediaType) ?? "application/octet-stream";
        var kind = input.Kind;

        PipelineResult Failed(DocumentRejectedException e) => new()
        {
            FileName = input.FileName, Sha256 = sha256, SizeBytes = input.Bytes.Length, MediaType = mediaType, Kind = kind,
            DeclaredMediaType = Declared(input.MediaType, mediaType), Failure = e.Reason, FailureMessage = e.Message, Timings = timings, Models = [],
            StartedAt = startedAt, FinishedAt = time.GetUtcNow(),
        };

        try
        {
            if (input.Bytes.Length == 0)
                throw new DocumentRejectedException(FailureReason.Empty, "The document has no bytes.");
            if (input.Bytes.Length > limits.MaxBytes)
                throw new DocumentRejectedException(FailureReason.TooLarge, $"The document is {input.Bytes.Length} bytes; the limit is {limits.MaxBytes}.");

            var document = Stage(timings, meter, "read", () => reader.Read(input.Bytes, input.FileName, input.MediaType));
            mediaType = document.MediaType;
            if (kind == DocumentKind.Auto) kind = KindDetector.Detect(document);

            var segments = Stage(timings, meter, "segment", () => segmenter.Split(document));
            var units = ClauseClassifier.Units(segments).Count;
            if (units > limits.MaxSentences)
                throw new DocumentRejectedException(FailureReason.TooManySentences,
                    $"The document has {units} sentences; the limit is {limits.MaxSentences} (Limits:MaxSentences).");
            // A run records the models it actually used, not every model the worker has loaded.
            var used = new List<ModelIdentity>();
            var found = kind == DocumentKind.Contract && clauses is not null
                ? Stage(timings, meter, "clauses", () => { used.Add(clauses.Identity); return clauses.Classify(document, segments); })
                : [];
            var (sentences, summary) = (kind == DocumentKind.Filing || input.ScoreSentiment) && sentiment is not null
                ? Stage(timings, meter, "sentiment", () => { used.Add(sentiment.Identity); return sentiment.Score(segments); })
                : ([], null);
            var extracted = kind == DocumentKind.Contract
                ? Stage(timings, meter, "fields", () => fields.Extract(document, segments, SentenceHints(found, segments)))
                : [];

            ContractIntelTelemetry.DocumentsProcessed.Add(1);
            return new PipelineResult
            {
                FileName = input.FileName, Sha256 = sha256, SizeBytes = input.Bytes.Length, MediaType = mediaType, Kind = kind,
                DeclaredMediaType = Declared(input.MediaType, mediaType), Document = document, Segments = segments, Clauses = found, Sentences = sentences, Sentiment = summary,
                Fields = extracted, Models = used, Timings = timings, StartedAt = startedAt, FinishedAt = time.GetUtcNow(),
            };
        }
        catch (DocumentRejectedException e)
        {
            ContractIntelTelemetry.DocumentsFailed.Add(1, new KeyValuePair<string, object?>("reason", e.Reason.ToCode()));
            return Failed(e);
        }
    }

    /// <summary>The declared media type when it disagrees with the one read, else null.</summary>
    private static string? Declared(string? declared, string actual)
    {
        var type = declared?.Split(';')[0].Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(type) || type == actual || type == "application/octet-stream" || (type == MediaTypes.Xhtml && actual == MediaTypes.Html) ? null : declared;
    }

    /// <summary>
    /// The field rules read a clause finding as "the sentence to read first"; a finding may now be a date or a name
    /// inside that sentence, so the hint covers the whole sentence it starts in (and the span, when longer).
    /// </summary>
    public static IReadOnlyList<ClauseFinding> SentenceHints(IReadOnlyList<ClauseFinding> found, IReadOnlyList<Segment> segments)
    {
        var byIndex = segments.ToDictionary(s => s.Index);
        return found.Select(f => byIndex.TryGetValue(f.SegmentIndex, out var s)
            ? f with { Start = Math.Min(f.Start, s.Start), End = Math.Max(f.End, s.End) }
            : f).ToList();
    }

    private T Stage<T>(List<StageTiming> timings, IStageMeter? meter, string name, Func<T> run)
    {
        using var activity = ContractIntelTelemetry.Source.StartActivity($"pipeline.{name}");
        var startedAt = time.GetUtcNow();
        var start = time.GetTimestamp();
        try
        {
            return meter is null ? run() : meter.Measure(name, run);
        }
        finally
        {
            var ms = time.GetElapsedTime(start).TotalMilliseconds;
            timings.Add(new StageTiming(name, startedAt, ms));
            ContractIntelTelemetry.StageDuration.Record(ms, new KeyValuePair<string, object?>("stage", name));
        }
    }
}
