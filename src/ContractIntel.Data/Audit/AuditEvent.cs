using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractIntel.Data.Audit;

/// <summary>
/// One link of the global evidence chain: <c>hash = sha256(prev_hash || payload)</c>, where <see cref="Payload"/> is
/// the canonical JSON text (stored verbatim as text: jsonb would reorder keys and reformat numbers) and repeats
/// the columns, so a changed column is caught too. <see cref="Sequence"/> is gap-free, assigned under the chain lock.
/// </summary>
public sealed class AuditEvent
{
    public required long Sequence { get; init; }
    public Guid? RunId { get; init; }
    public Guid? DocumentId { get; init; }
    public required string Stage { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required string Payload { get; init; }
    public required string PrevHash { get; init; }
    public required string Hash { get; init; }
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> b)
    {
        b.ToTable("audit_events");
        b.HasKey(e => e.Sequence);
        b.Property(e => e.Sequence).ValueGeneratedNever();
        b.HasIndex(e => e.RunId);
        b.HasIndex(e => e.DocumentId);
        // A second guard against a fork: no two events may follow the same link.
        b.HasIndex(e => e.PrevHash).IsUnique();
        b.Property(e => e.PrevHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
    }
}
