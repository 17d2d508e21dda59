using ContractIntel.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractIntel.Data.Documents;

/// <summary>
/// One set of bytes, unique by sha256: the same bytes sent twice are one document with several runs. The bytes
/// are kept for reprocessing; only the owner's retention procedure clears them (and sets <see cref="PurgedAt"/>).
/// </summary>
public sealed class StoredDocument : IAuditedRow
{
    public required Guid Id { get; init; }
    public required string Sha256 { get; init; }
    public required long SizeBytes { get; init; }
    public required string MediaType { get; init; }
    public required string FileName { get; init; }
    public required DateTimeOffset FirstSeen { get; init; }
    public byte[]? Content { get; init; }
    public DateTimeOffset? PurgedAt { get; init; }
    /// <summary>sha256 of the canonical identity columns (not the bytes, which retention may clear).</summary>
    public string RowHash { get; set; } = "";
}

internal sealed class StoredDocumentConfiguration : IEntityTypeConfiguration<StoredDocument>
{
    public void Configure(EntityTypeBuilder<StoredDocument> b)
    {
        b.ToTable("documents");
        b.HasKey(d => d.Id);
        b.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength(false);
        b.HasIndex(d => d.Sha256).IsUnique();
        b.HasIndex(d => d.FirstSeen);
        b.Property(d => d.RowHash).HasMaxLength(64);
    }
}
