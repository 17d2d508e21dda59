using ContractIntel.Data.Audit;
using ContractIntel.Data.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractIntel.Data.Results;

/// <summary>A normalised contract field (<see cref="Value"/>) with the contract's own words (<see cref="Raw"/>) as evidence.</summary>
public sealed class RunField : IAuditedRow
{
    public required Guid RunId { get; init; }
    public required int Ordinal { get; init; }
    public required string Name { get; init; }
    public required string Value { get; init; }
    public required string Raw { get; init; }
    public required int PageNumber { get; init; }
    public required int StartOffset { get; init; }
    public required int EndOffset { get; init; }
    public required double Confidence { get; init; }
    public required string Extractor { get; init; }
    public required string ExtractorVersion { get; init; }
    public string RowHash { get; set; } = "";
}

internal sealed class RunFieldConfiguration : IEntityTypeConfiguration<RunField>
{
    public void Configure(EntityTypeBuilder<RunField> b)
    {
        b.ToTable("fields");
        b.IsRowOfRun(f => new { f.RunId, f.Ordinal });
        b.HasIndex(f => new { f.Name, f.Value });
    }
}
