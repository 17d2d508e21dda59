using System.Text.Json;
using ContractIntel.Data;
using ContractIntel.Data.Audit;
using ContractIntel.Commands;
using Microsoft.EntityFrameworkCore;

namespace ContractIntel.Audit;

/// <summary>
/// What <c>contractintel audit verify</c> and <c>audit checkpoint</c> run (their options: Commands/AuditVerifyCommand.cs,
/// Commands/AuditCheckpointCommand.cs). Exit 0 intact, 1 broken, 2 usage, 5 an id that is not found.
/// </summary>
internal static class AuditVerb
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    /// <param name="connectionString">The auditor's (read rights are all it needs), else the worker's.</param>
    public static async Task<int> VerifyAsync(string connectionString, VerifyScope scope, FileInfo? against, FileInfo? publicKey, bool json, CancellationToken ct)
    {
        var checkpoints = against is null ? [] : against.Exists ? AuditCheckpoint.ReadFile(against.FullName) : throw new CliException($"No checkpoint file {against}.");
        using var key = publicKey is null ? null : LoadKey(publicKey.FullName);
        await using var db = ContractIntelDatabase.Open(connectionString);
        if (await UnknownAsync(db, scope, ct) is { } unknown)
            throw new CliException(unknown, ExitCode.NotFound);
        var report = await new AuditVerifier(db).VerifyAsync(scope, checkpoints, ct, key);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(report, Json));
        }
        else
        {
            Console.WriteLine($"chain: {report.Events} events, head {report.HeadSequence} {report.HeadHash}");
            Console.WriteLine($"runs checked: {report.RunsChecked} ({report.RunsPurged} purged by retention); checkpoints checked: {report.CheckpointsChecked}");
            if (report.Intact)
            {
                Console.WriteLine("intact");
            }
            else
            {
                Console.WriteLine($"BROKEN: {report.Problems.Count} problem(s); first: {report.Problems[0].Message}");
                foreach (var p in report.Problems) Console.WriteLine($"  {p.Message}");
            }
        }
        return (int)(report.Intact ? ExitCode.Success : ExitCode.Failure);
    }

    /// <summary>
    /// An id that neither a row nor an audit event names was mistyped: "not found". A run that the chain seals but
    /// whose row is gone is not unknown: the verifier reports it as broken.
    /// </summary>
    private static async Task<string?> UnknownAsync(ContractIntelDbContext db, VerifyScope scope, CancellationToken ct)
    {
        if (scope.RunId is { } run && !await db.Runs.AnyAsync(r => r.Id == run, ct) && !await db.AuditEvents.AnyAsync(e => e.RunId == run, ct))
            return $"run {run} not found (no run and no audit event has that id)";
        if (scope.DocumentId is { } document && !await db.Documents.AnyAsync(d => d.Id == document, ct)
            && !await db.Runs.AnyAsync(r => r.DocumentId == document, ct) && !await db.AuditEvents.AnyAsync(e => e.DocumentId == document, ct))
            return $"document {document} not found (no document, run or audit event has that id)";
        return null;
    }

    public static async Task<int> CheckpointAsync(string connectionString, FileInfo? append, FileInfo? sign, CancellationToken ct)
    {
        using var key = sign is null ? null : LoadKey(sign.FullName);
        await using var db = ContractIntelDatabase.Open(connectionString);
        var head = await new AuditVerifier(db).CheckpointAsync(TimeProvider.System, ct);
        if (key is not null) head = head.SignWith(key);
        Console.WriteLine($"sequence {head.Sequence} hash {head.Hash} occurred_at {(head.OccurredAt is { } t ? CanonicalJson.Timestamp(t) : "-")} taken_at {CanonicalJson.Timestamp(head.TakenAt)}");
        if (append is not null)
        {
            await File.AppendAllTextAsync(append.FullName, head.ToJsonLine() + "\n", ct);
            Console.WriteLine($"appended to {append}");
        }
        return (int)ExitCode.Success;
    }

    private static System.Security.Cryptography.ECDsa LoadKey(string pem)
    {
        if (!File.Exists(pem)) throw new CliException($"No key file {pem}.");
        try
        {
            return AuditCheckpoint.LoadKey(pem);
        }
        catch (ArgumentException e)
        {
            throw new CliException($"{pem} is not a PEM EC key: {e.Message}");
        }
    }
}
