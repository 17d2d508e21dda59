using ContractIntel.Data.Audit;
using ContractIntel.Data.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractIntel.Data.Results;

/// <summary>A section heading, paragraph or sentence of a run, keyed by its index in document order.</summary>
public sealed class RunSegment : IAuditedRow
{
    public required Guid RunId { get; init; }
    public required int SegmentIndex { get; init; }
    public required string Kind { get; init; }
    public required int PageNumber { get; init; }
    public required int StartOffset { get; init; }
    public required int EndOffset { get; init; }
    public required string Text { get; init; }
    public int? ParentIndex { get; init; }
    public string RowHash { get; set; } = "";
}

internal sealed class RunSegmentConfiguration : IEntityTypeConfiguration<RunSegment>
{
    public void Configure(EntityTypeBuilder<RunSegment> b)
    {
        b.ToTable("segments", t => t.HasCheckConstraint("ck_segments_kind", "kind IN ('section', 'paragraph', 'sentence')"));
        b.IsRowOfRun(s => new { s.RunId, s.SegmentIndex });
    }
}
