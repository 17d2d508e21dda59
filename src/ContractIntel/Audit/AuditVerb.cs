using System.Text.Json;
using ContractIntel.Data;
using ContractIntel.Data.Audit;
using ContractIntel.Persistence;
using ContractIntel.Verbs;

namespace ContractIntel.Audit;

/// <summary>
/// <c>contractintel audit verify [--run ID|--document ID|--all] [--json] [--against FILE]</c>,
/// <c>contractintel audit verify --pack FILE [--json]</c> (offline, no database) and
/// <c>contractintel audit checkpoint [--append FILE]</c>. Runs on the auditor connection when one is configured
/// (read rights are all it needs), else on the worker's. Exit 0 intact, 1 broken, 2 usage.
/// </summary>
internal static class AuditVerb
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    public static async Task<int> RunAsync(string[] args, CancellationToken ct) => args.FirstOrDefault() switch
    {
        "verify" => await VerifyAsync(args[1..], ct),
        "checkpoint" => await CheckpointAsync(args[1..], ct),
        _ => throw new CliException("usage: contractintel audit verify [--run ID|--document ID|--all] [--json] [--against FILE [--public-key PEM]] | audit verify --pack FILE | audit checkpoint [--append FILE [--sign PEM]]"),
    };

    private static async Task<int> VerifyAsync(string[] args, CancellationToken ct)
    {
        var a = CliArgs.Parse(args, flags: ["all", "json"], options: ["run", "document", "against", "public-key", "pack"]);
        if (a.Get("pack") is { } pack)
            return await PackVerification.RunAsync(pack, a.Has("json"), ct);
        var scope = (a.Get("run"), a.Get("document")) switch
        {
            (null, null) => VerifyScope.All,
            ({ } run, null) when !a.Has("all") => new VerifyScope(RunId: ParseId(run, "--run")),
            (null, { } doc) when !a.Has("all") => new VerifyScope(DocumentId: ParseId(doc, "--document")),
            _ => throw new CliException("Give one of --run ID, --document ID or --all."),
        };
        var checkpoints = a.Get("against") is { } file
            ? (File.Exists(file) ? AuditCheckpoint.ReadFile(file) : throw new CliException($"No checkpoint file {file}."))
            : [];
        using var key = a.Get("public-key") is { } pem ? LoadKey(pem) : null;
        await using var db = ContractIntelDatabase.Open(ReadConnection());
        var report = await new AuditVerifier(db).VerifyAsync(scope, checkpoints, ct, key);
        if (a.Has("json"))
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
        return report.Intact ? 0 : 1;
    }

    private static async Task<int> CheckpointAsync(string[] args, CancellationToken ct)
    {
        var a = CliArgs.Parse(args, flags: [], options: ["append", "sign"]);
        if (a.Get("sign") is not null && a.Get("append") is null)
            throw new CliException("--sign needs --append FILE.");
        using var key = a.Get("sign") is { } pem ? LoadKey(pem) : null;
        await using var db = ContractIntelDatabase.Open(ReadConnection());
        var head = await new AuditVerifier(db).CheckpointAsync(TimeProvider.System, ct);
        if (key is not null) head = head.SignWith(key);
        Console.WriteLine($"sequence {head.Sequence} hash {head.Hash} occurred_at {(head.OccurredAt is { } t ? CanonicalJson.Timestamp(t) : "-")} taken_at {CanonicalJson.Timestamp(head.TakenAt)}");
        if (a.Get("append") is { } file)
        {
            await File.AppendAllTextAsync(file, head.ToJsonLine() + "\n", ct);
            Console.WriteLine($"appended to {file}");
        }
        return 0;
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

    private static string ReadConnection()
    {
        var options = VerbConfiguration.Database(VerbConfiguration.Load());
        var cs = string.IsNullOrWhiteSpace(options.AuditorConnectionString) ? options.ConnectionString : options.AuditorConnectionString;
        return string.IsNullOrWhiteSpace(cs) ? throw new CliException("ContractIntel:Database:AuditorConnectionString (or ConnectionString) is not set.") : cs;
    }

    private static Guid ParseId(string value, string option)
        => Guid.TryParse(value, out var id) ? id : throw new CliException($"{option} needs a uuid, not '{value}'.");
}
