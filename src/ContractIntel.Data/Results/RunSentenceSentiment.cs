using ContractIntel.Data.Audit;
using ContractIntel.Data.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractIntel.Data.Results;

/// <summary>One sentence's financial sentiment: class probabilities, their argmax, evidence and model.</summary>
public sealed class RunSentenceSentiment : IAuditedRow
{
    public required Guid RunId { get; init; }
    public required int Ordinal { get; init; }
    public required int SegmentIndex { get; init; }
    public required int PageNumber { get; init; }
    public required int StartOffset { get; init; }
    public required int EndOffset { get; init; }
    public required string Text { get; init; }
    public required string Label { get; init; }
    public required float Positive { get; init; }
    public required float Negative { get; init; }
    public required float Neutral { get; init; }
    public required string Model { get; init; }
    public required string ModelVersion { get; init; }
    public string RowHash { get; set; } = "";
}

internal sealed class RunSentenceSentimentConfiguration : IEntityTypeConfiguration<RunSentenceSentiment>
{
    public void Configure(EntityTypeBuilder<RunSentenceSentiment> b)
    {
        b.ToTable("sentence_scores");
        b.IsRowOfRun(s => new { s.RunId, s.Ordinal });
        b.HasIndex(s => s.Label);
    }
}
