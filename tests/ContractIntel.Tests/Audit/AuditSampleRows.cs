using ContractIntel.Contracts;
using ContractIntel.Data.Documents;
using ContractIntel.Data.Results;
using ContractIntel.Data.Runs;
using ContractIntel.Extraction.Inference;
using ContractIntel.Extraction.Pipeline;

namespace ContractIntel.Tests.Audit;

/// <summary>
/// One row of each audited table with every column set (so a column left out of the canonical form shows), plus
/// the variants whose optional columns are null (so the columns that join only when set are pinned too).
/// </summary>
internal static class AuditSampleRows
{
    public static readonly Guid RunId = Guid.Parse("0196a1b2-0000-7000-8000-000000000001");
    public static readonly Guid DocumentId = Guid.Parse("0196a1b2-0000-7000-8000-000000000002");
    private static readonly DateTimeOffset At = new DateTimeOffset(2026, 12, 1, 10, 0, 0, 123, TimeSpan.FromHours(2)).AddTicks(4567);

    /// <summary>A row of each audited entity type with every column set.</summary>
    public static object Full(Type entityType) => entityType.Name switch
    {
        nameof(StoredDocument) => Document(),
        nameof(ProcessingRun) => Run(),
        nameof(RunModel) => Model(),
        nameof(RunPage) => Page(),
        nameof(RunSegment) => Segment(),
        nameof(RunClauseFinding) => Finding(),
        nameof(RunField) => Field(),
        nameof(RunSentenceSentiment) => Sentence(),
        nameof(RunDocumentSentiment) => DocumentScore(),
        _ => throw new ArgumentException($"No sample row of {entityType.Name}: add one here.", nameof(entityType)),
    };

    public static StoredDocument Document() => new()
    {
        Id = DocumentId, Sha256 = new string('a', 64), SizeBytes = 12_345_678_901, MediaType = "application/pdf",
        FileName = "Zürich \"MSA\"\n.pdf", FirstSeen = At, Content = [1, 2, 3], PurgedAt = At.AddDays(1), RowHash = new string('f', 64),
    };

    public static ProcessingRun Run(bool optionalColumns = true) => new()
    {
        Id = RunId, DocumentId = DocumentId, Version = 2, Status = RunStatus.Failed,
        ReasonCode = optionalColumns ? "corrupt" : null, ReasonMessage = optionalColumns ? "no xref\ttable" : null,
        RequestedKind = DocumentKind.Auto, Kind = DocumentKind.Contract, MediaType = "application/pdf",
        DeclaredMediaType = optionalColumns ? "text/html" : null, FileName = "msa.pdf",
        MessageId = Guid.Parse("0196a1b2-0000-7000-8000-000000000003"), SubmittedBy = "alice", Matter = optionalColumns ? "Deal 7" : null,
        ReprocessOf = optionalColumns ? DocumentId : null, PipelineVersion = "1.4.0", GitCommit = "abc1234", ConfigHash = new string('c', 64),
        WorkerHost = "worker-1", Device = "cpu", StartedAt = At, FinishedAt = At.AddSeconds(1.5), RecordedAt = At.AddSeconds(2),
        Timings = """[{"ms": 12.5, "stage": "read", "started_at": "2026-12-01T08:00:00.123456Z"}, {"stage": "segment", "started_at": "2026-12-01T08:00:00.200000Z", "ms": 0.1}]""",
        PageCount = 3, SegmentCount = 40, ClauseCount = 5, FieldCount = 6, SentenceCount = 30, RowHash = new string('f', 64),
    };

    public static RunModel Model() => new()
    {
        RunId = RunId, Ordinal = 1, Name = "cuad-minilm", Version = "1.0.0", Task = "clauses", Sha256 = new string('b', 64),
        Precision = InferencePrecision.Int8, Device = "cpu", RowHash = new string('f', 64),
    };

    public static RunPage Page(bool ocr = true) => new()
    {
        RunId = RunId, PageNumber = 2, StartOffset = 100, EndOffset = 250, Text = "Page two \\ text",
        Source = ocr ? "ocr" : null, OcrConfidence = ocr ? 87.25 : null, Failure = ocr ? "ocr_timeout" : null,
        OcrWords = ocr ? "[[100, 104, 10, 20, 30, 12, 91.5], [105, 108, 45, 20, 25, 12, 88]]" : null, OcrDpi = ocr ? 300 : null,
        RowHash = new string('f', 64),
    };

    public static RunSegment Segment(bool parent = true) => new()
    {
        RunId = RunId, SegmentIndex = 7, Kind = "sentence", PageNumber = 2, StartOffset = 110, EndOffset = 140,
        Text = "The \"Company\" shall\u0001 pay.", ParentIndex = parent ? 6 : null, RowHash = new string('f', 64),
    };

    public static RunClauseFinding Finding() => new()
    {
        RunId = RunId, Ordinal = 0, Category = "Change Of Control", SegmentIndex = 7, PageNumber = 2, StartOffset = 110,
        EndOffset = 140, Text = "Upon a change of control", Score = 0.91f, Model = "cuad-minilm", ModelVersion = "1.0.0",
        RowHash = new string('f', 64),
    };

    public static RunField Field() => new()
    {
        RunId = RunId, Ordinal = 3, Name = "governing_law", Value = "New York", Raw = "the laws of the State of New York",
        PageNumber = 3, StartOffset = 200, EndOffset = 233, Confidence = 0.1 + 0.2, Extractor = "governing-law",
        ExtractorVersion = "2", RowHash = new string('f', 64),
    };

    public static RunSentenceSentiment Sentence() => new()
    {
        RunId = RunId, Ordinal = 4, SegmentIndex = 7, PageNumber = 2, StartOffset = 110, EndOffset = 140,
        Text = "Revenue fell 12 %.", Label = "negative", Positive = 0.05f, Negative = 0.9f, Neutral = 1e-7f,
        Model = "phrasebank-minilm", ModelVersion = "1.1.0", RowHash = new string('f', 64),
    };

    public static RunDocumentSentiment DocumentScore() => new()
    {
        RunId = RunId, Label = "neutral", Sentences = 30, Positive = 0.2f, Negative = 0.3f, Neutral = 0.5f,
        RowHash = new string('f', 64),
    };
}
