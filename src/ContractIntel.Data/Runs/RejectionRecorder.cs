using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ContractIntel.Data.Runs;

/// <summary>
/// Records a message that named no readable document (<see cref="RejectedMessage"/>), once per message id: a
/// redelivery, or two deliveries racing, find the first row and write nothing.
/// </summary>
public sealed class RejectionRecorder(IDbContextFactory<ContractIntelDbContext> contexts, TimeProvider time)
{
    public async Task<RejectedMessage> RecordAsync(Guid messageId, string reasonCode, string reasonMessage, string fileName, string source,
        string? declaredMediaType, string submittedBy, string workerHost, CancellationToken cancellationToken)
    {
        if (await FindAsync(messageId, cancellationToken) is { } earlier) return earlier;
        var recordedAt = PgText.Micros(time.GetUtcNow());
        var row = new RejectedMessage
        {
            Id = Guid.CreateVersion7(recordedAt), MessageId = messageId, ReasonCode = reasonCode, ReasonMessage = PgText.Clean(reasonMessage),
            FileName = PgText.Clean(fileName), Source = PgText.Clean(Cut(source, 1000)!), DeclaredMediaType = PgText.CleanOrNull(Cut(declaredMediaType, 200)),
            SubmittedBy = PgText.Clean(submittedBy), WorkerHost = workerHost, RecordedAt = recordedAt,
        };
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.RejectedMessages.Add(row);
            await db.SaveChangesAsync(cancellationToken);
            return row;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return await FindAsync(messageId, cancellationToken)
                ?? throw new InvalidOperationException($"Message {messageId} hit its unique index but has no rejection.", e);
        }
    }

    public async Task<RejectedMessage?> FindAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.RejectedMessages.AsNoTracking().FirstOrDefaultAsync(r => r.MessageId == messageId, cancellationToken);
    }

    private static string? Cut(string? s, int max) => s is null || s.Length <= max ? s : s[..max];
}
