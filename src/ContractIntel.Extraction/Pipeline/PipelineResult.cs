using ContractIntel.Contracts;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Fields;
using ContractIntel.Extraction.Inference;
using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Extraction.Pipeline;

/// <summary>Everything one pipeline run produced, succeeded or failed. A failed run has a reason and no results.</summary>
public sealed record PipelineResult
{
    public required string FileName { get; init; }
    public required string Sha256 { get; init; }
    public required long SizeBytes { get; init; }
    public required string MediaType { get; init; }
    /// <summary>What the sender declared, when it disagrees with <see cref="MediaType"/> (which comes from the bytes).</summary>
    public string? DeclaredMediaType { get; init; }
    public required DocumentKind Kind { get; init; }
    public FailureReason? Failure { get; init; }
    public string? FailureMessage { get; init; }
    public DocumentText? Document { get; init; }
    public IReadOnlyList<Segment> Segments { get; init; } = [];
    public IReadOnlyList<ClauseFinding> Clauses { get; init; } = [];
    public IReadOnlyList<SentenceSentiment> Sentences { get; init; } = [];
    public DocumentSentiment? Sentiment { get; init; }
    public IReadOnlyList<ExtractedField> Fields { get; init; } = [];
    public IReadOnlyList<ModelIdentity> Models { get; init; } = [];
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset FinishedAt { get; init; }

    public bool Succeeded => Failure is null;
}
