using ContractIntel.Data.Audit;
using ContractIntel.Data.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractIntel.Data.Results;

/// <summary>
/// A CUAD clause category found in one segment, with its evidence and the model that found it. Table
/// <c>run_clause_findings</c> (was <c>findings</c>); analysts read the view <c>clause_findings</c>; seals and audit
/// packs keep the key <c>findings</c> (<see cref="AuditedTables.ClauseFindings"/>).
/// </summary>
public sealed class RunClauseFinding : IAuditedRow
{
    public required Guid RunId { get; init; }
    public required int Ordinal { get; init; }
    public required string Category { get; init; }
    public required int SegmentIndex { get; init; }
    public required int PageNumber { get; init; }
    public required int StartOffset { get; init; }
    public required int EndOffset { get; init; }
    public required string Text { get; init; }
    public required float Score { get; init; }
    public required string Model { get; init; }
    public required string ModelVersion { get; init; }
    public string RowHash { get; set; } = "";
}

internal sealed class RunClauseFindingConfiguration : IEntityTypeConfiguration<RunClauseFinding>
{
    public void Configure(EntityTypeBuilder<RunClauseFinding> b)
    {
        b.ToTable("run_clause_findings");
        b.IsRowOfRun(c => new { c.RunId, c.Ordinal });
        b.HasIndex(c => c.Category);
    }
}
