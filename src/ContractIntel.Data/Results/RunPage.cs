using ContractIntel.Data.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractIntel.Data.Results;

/// <summary>One page of a run's normalised text: its character range and its text, so evidence reads back in SQL.</summary>
public sealed class RunPage
{
    public required Guid RunId { get; init; }
    public required int PageNumber { get; init; }
    public required int StartOffset { get; init; }
    public required int EndOffset { get; init; }
    public required string Text { get; init; }
    public string RowHash { get; set; } = "";
}

internal sealed class RunPageConfiguration : IEntityTypeConfiguration<RunPage>
{
    public void Configure(EntityTypeBuilder<RunPage> b)
    {
        b.ToTable("pages");
        b.HasKey(p => new { p.RunId, p.PageNumber });
        b.HasOne<ProcessingRun>().WithMany().HasForeignKey(p => p.RunId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.RowHash).HasMaxLength(64);
    }
}
