using ContractIntel.Data.Audit;
using ContractIntel.Extraction.Inference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractIntel.Data.Runs;

/// <summary>A model a run used: a table rather than jsonb because people filter on it (reprocess --all-with-model).</summary>
public sealed class RunModel : IAuditedRow
{
    public required Guid RunId { get; init; }
    public required int Ordinal { get; init; }
    public required string Name { get; init; }
    public required string Version { get; init; }
    public required string Task { get; init; }
    public required string Sha256 { get; init; }
    public required InferencePrecision Precision { get; init; }
    public required string Device { get; init; }
    public string RowHash { get; set; } = "";
}

internal sealed class RunModelConfiguration : IEntityTypeConfiguration<RunModel>
{
    public void Configure(EntityTypeBuilder<RunModel> b)
    {
        b.ToTable("run_models");
        b.IsRowOfRun(m => new { m.RunId, m.Ordinal });
        b.HasIndex(m => new { m.Name, m.Version });
        b.Property(m => m.Precision).HasConversion(CodeConversions.Precision);
    }
}
