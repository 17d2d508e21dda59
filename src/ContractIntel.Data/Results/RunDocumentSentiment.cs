using ContractIntel.Data.Audit;
using ContractIntel.Data.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractIntel.Data.Results;

/// <summary>A run's document-level sentiment: mean class probabilities over its sentences, and their argmax.</summary>
public sealed class RunDocumentSentiment : IAuditedRow
{
    public required Guid RunId { get; init; }
    public required string Label { get; init; }
    public required int Sentences { get; init; }
    public required float Positive { get; init; }
    public required float Negative { get; init; }
    public required float Neutral { get; init; }
    public string RowHash { get; set; } = "";
}

internal sealed class RunDocumentSentimentConfiguration : IEntityTypeConfiguration<RunDocumentSentiment>
{
    public void Configure(EntityTypeBuilder<RunDocumentSentiment> b)
    {
        b.ToTable("document_scores");
        b.HasKey(s => s.RunId);
        b.HasOne<ProcessingRun>().WithOne().HasForeignKey<RunDocumentSentiment>(s => s.RunId).OnDelete(DeleteBehavior.Restrict);
        b.Property(s => s.RowHash).HasMaxLength(64);
    }
}
