using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractIntel.Data.Runs;

/// <summary>
/// A message that reached the queue but named no document the worker would read: malformed (invalid_message),
/// missing (not_found), outside its folder (outside_inbox), not a regular file, or over the size limit before
/// any byte was kept. There is no document and so no run; this row is the record, one per message id (a
/// redelivery finds it and writes nothing).
/// </summary>
public sealed class RejectedMessage
{
    public required Guid Id { get; init; }
    public required Guid MessageId { get; init; }
    public required string ReasonCode { get; init; }
    public required string ReasonMessage { get; init; }
    /// <summary>The name the sender gave (control characters kept as stored text; never the content).</summary>
    public required string FileName { get; init; }
    /// <summary>Where the bytes were said to be: <c>inbox:PATH</c>, <c>claim_check:ADDRESS</c>, <c>document:ID</c> or <c>none</c>.</summary>
    public required string Source { get; init; }
    public string? DeclaredMediaType { get; init; }
    public required string SubmittedBy { get; init; }
    public required string WorkerHost { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }
}

internal sealed class RejectedMessageConfiguration : IEntityTypeConfiguration<RejectedMessage>
{
    public void Configure(EntityTypeBuilder<RejectedMessage> b)
    {
        b.ToTable("rejected_messages");
        b.HasKey(r => r.Id);
        b.HasIndex(r => r.MessageId).IsUnique();
        b.HasIndex(r => r.RecordedAt);
        b.HasIndex(r => r.ReasonCode);
    }
}
