using ContractIntel.Contracts;
using ContractIntel.Data.Audit;
using ContractIntel.Data.Documents;
using ContractIntel.Extraction.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractIntel.Data.Runs;

/// <summary>
/// One attempt at one document: a new run is a new version, never an update. Carries everything an auditor asks
/// for besides the results: who, which message, which code and configuration, which device, how long, outcome.
/// </summary>
public sealed class ProcessingRun : IAuditedRow
{
    public required Guid Id { get; init; }
    public required Guid DocumentId { get; init; }
    public required int Version { get; init; }
    public required RunStatus Status { get; init; }
    public string? ReasonCode { get; init; }
    public string? ReasonMessage { get; init; }
    public required DocumentKind RequestedKind { get; init; }
    public required DocumentKind Kind { get; init; }
    public required string MediaType { get; init; }
    /// <summary>The media type the sender declared, when it disagrees with <see cref="MediaType"/> (read from the bytes); else null.</summary>
    public string? DeclaredMediaType { get; init; }
    public required string FileName { get; init; }
    public required Guid MessageId { get; init; }
    public required string SubmittedBy { get; init; }
    public string? Matter { get; init; }
    /// <summary>Set when the run re-read the stored bytes of this document (reprocess): the document id; null for a submission.</summary>
    public Guid? ReprocessOf { get; init; }
    public required string PipelineVersion { get; init; }
    public required string GitCommit { get; init; }
    public required string ConfigHash { get; init; }
    public required string WorkerHost { get; init; }
    public required string Device { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset FinishedAt { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }
    /// <summary>Per-stage timings: a JSON array of <c>{"stage","started_at","ms"}</c> (an open-ended bag, hence jsonb).</summary>
    public required string Timings { get; init; }
    public required int PageCount { get; init; }
    public required int SegmentCount { get; init; }
    public required int ClauseCount { get; init; }
    public required int FieldCount { get; init; }
    public required int SentenceCount { get; init; }
    public string RowHash { get; set; } = "";

    public StoredDocument? Document { get; init; }
}

internal sealed class ProcessingRunConfiguration : IEntityTypeConfiguration<ProcessingRun>
{
    public void Configure(EntityTypeBuilder<ProcessingRun> b)
    {
        b.ToTable("processing_runs", t => t.HasCheckConstraint("ck_processing_runs_status", $"status IN ({CodeConversions.SqlList<RunStatus>(s => s.ToCode())})"));
        b.HasKey(r => r.Id);
        b.HasOne(r => r.Document).WithMany().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.DocumentId, r.Version }).IsUnique();
        // The idempotency key: a redelivered message finds its run here and writes nothing.
        b.HasIndex(r => r.MessageId).IsUnique();
        b.HasIndex(r => r.Status);
        b.HasIndex(r => r.StartedAt);
        b.HasIndex(r => r.Matter);
        b.Property(r => r.Status).HasConversion(CodeConversions.RunStatus);
        b.Property(r => r.RequestedKind).HasConversion(CodeConversions.DocumentKind);
        b.Property(r => r.Kind).HasConversion(CodeConversions.DocumentKind);
        b.Property(r => r.Timings).HasColumnType("jsonb");
        b.Property(r => r.RowHash).HasMaxLength(64);
    }
}
