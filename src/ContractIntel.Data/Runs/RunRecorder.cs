using ContractIntel.Data.Audit;
using ContractIntel.Data.Documents;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Pipeline;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ContractIntel.Data.Runs;

/// <summary>
/// Persists one pipeline result in one transaction: the document (unique by sha256, with its bytes), a new
/// run (version = previous runs + 1), its pages, segments, clause findings, fields and sentiment, the
/// message id (unique: a redelivery writes nothing and returns the first recording), and the run's audit events.
/// </summary>
/// <remarks>
/// Each call opens its own context so a retried call never sees a half-tracked earlier attempt. Runs of the same
/// document are serialised by an advisory lock on its sha256 (SELECT ... FOR UPDATE would need UPDATE rights,
/// which the worker does not have); the chain append is serialised by its own lock, taken last.
/// </remarks>
public sealed class RunRecorder(IDbContextFactory<ContractIntelDbContext> contexts, TimeProvider time)
{
    public async Task<RecordedRun> RecordAsync(RunRequest request, ReadOnlyMemory<byte> content, PipelineResult result, CancellationToken cancellationToken)
    {
        await using (var probe = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await FindAsync(probe, request.MessageId, cancellationToken) is { } earlier) return earlier;
        }
        try
        {
            return await WriteAsync(request, content, result, cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ix_processing_runs_message_id" })
        {
            // The same message raced itself past the first look (two deliveries at once): the first recording stands.
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await FindAsync(db, request.MessageId, cancellationToken)
                ?? throw new InvalidOperationException($"Message {request.MessageId} hit its unique index but has no run.", e);
        }
    }

    /// <summary>The recording of an already processed message, or null.</summary>
    public async Task<RecordedRun?> FindByMessageAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await FindAsync(db, messageId, cancellationToken);
    }

    /// <summary>The stored bytes and file name of a document, for reprocessing.</summary>
    public async Task<(byte[] Content, string FileName)?> LoadContentAsync(Guid documentId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var doc = await db.Documents.AsNoTracking().Where(d => d.Id == documentId)
            .Select(d => new { d.Content, d.FileName }).FirstOrDefaultAsync(cancellationToken);
        return doc?.Content is null ? null : (doc.Content, doc.FileName);
    }

    private async Task<RecordedRun> WriteAsync(RunRequest request, ReadOnlyMemory<byte> content, PipelineResult result, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var lockKey = DocumentLockKey(result.Sha256);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AuditChain.DocumentLockClass}, {lockKey})", ct);
        // Under the document lock a redelivery of the same message (same bytes) cannot slip past this second look.
        if (await FindAsync(db, request.MessageId, ct) is { } earlier) return earlier;

        var recordedAt = PgText.Micros(time.GetUtcNow());
        // Id and row hash only: the stored bytes of a known document are not read again.
        var known = await db.Documents.AsNoTracking().Where(d => d.Sha256 == result.Sha256)
            .Select(d => new { d.Id, d.RowHash }).FirstOrDefaultAsync(ct);
        var (documentId, documentRowHash) = known is null ? AddDocument(db, request, content, result, recordedAt) : (known.Id, known.RowHash);
        var previous = await db.Runs.Where(r => r.DocumentId == documentId).MaxAsync(r => (int?)r.Version, ct) ?? 0;
        var rows = RunRowBuilder.Build(Guid.CreateVersion7(recordedAt), documentId, previous + 1, request, result, recordedAt);
        db.Runs.Add(rows.Run);
        db.RunModels.AddRange(rows.Models);
        db.Pages.AddRange(rows.Pages);
        db.Segments.AddRange(rows.Segments);
        db.ClauseFindings.AddRange(rows.ClauseFindings);
        db.Fields.AddRange(rows.Fields);
        db.SentenceSentiments.AddRange(rows.Sentences);
        if (rows.DocumentSentiment is not null) db.DocumentSentiments.Add(rows.DocumentSentiment);
        await db.SaveChangesAsync(ct);

        await AuditChain.AppendAsync(db, RunEvents.For(request, result, rows, documentRowHash), ct);
        await tx.CommitAsync(ct);
        return ToRecorded(rows.Run, result.Sha256, redelivered: false);
    }

    private static (Guid Id, string RowHash) AddDocument(ContractIntelDbContext db, RunRequest request, ReadOnlyMemory<byte> content, PipelineResult result, DateTimeOffset recordedAt)
    {
        var document = new StoredDocument
        {
            Id = Guid.CreateVersion7(recordedAt), Sha256 = result.Sha256, SizeBytes = result.SizeBytes,
            MediaType = result.MediaType, FileName = PgText.Clean(request.FileName), FirstSeen = recordedAt,
            // Bytes over the size limit are not kept: there is nothing a reprocess could do with them.
            Content = result.Failure == FailureReason.TooLarge ? null : content.ToArray(),
        };
        db.Documents.Add(RowCanonical.Hashed(document));
        return (document.Id, document.RowHash);
    }

    private static async Task<RecordedRun?> FindAsync(ContractIntelDbContext db, Guid messageId, CancellationToken ct)
    {
        // Projected, not Include(Document): the document row carries the bytes, which this answer does not need.
        var found = await db.Runs.AsNoTracking().Where(r => r.MessageId == messageId)
            .Select(r => new { Run = r, Sha256 = db.Documents.Where(d => d.Id == r.DocumentId).Select(d => d.Sha256).First() })
            .FirstOrDefaultAsync(ct);
        return found is null ? null : ToRecorded(found.Run, found.Sha256, redelivered: true);
    }

    private static RecordedRun ToRecorded(ProcessingRun run, string sha256, bool redelivered) => new(
        run.DocumentId, run.Id, run.Version, sha256, run.Status, run.ReasonCode, run.ReasonMessage,
        run.PageCount, run.SegmentCount, run.ClauseCount, run.FieldCount, run.SentenceCount, redelivered);

    /// <summary>The first 32 bits of the sha256: a collision only makes two documents wait for each other.</summary>
    internal static int DocumentLockKey(string sha256) => unchecked((int)Convert.ToUInt32(sha256[..8], 16));
}
