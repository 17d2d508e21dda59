using System.CommandLine;
using ContractIntel.Audit;
using ContractIntel.Data.Audit;

namespace ContractIntel.Commands;

/// <summary>
/// <c>contractintel audit verify [--run ID|--document ID|--all] [--json] [--against FILE [--public-key PEM]]</c>, or
/// <c>audit verify --pack FILE</c> offline. Exit 0 intact, 1 broken or the database unreachable, 2 usage, 5 an
/// unknown id.
/// </summary>
public static class AuditVerifyCommand
{
    public static readonly Option<Guid?> Run = OptionRules.Id("--run", "One run's rows (the chain is always walked in full)");

    public static readonly Option<Guid?> Document = OptionRules.Id("--document", "Every run of one document");

    public static readonly Option<bool> All = new("--all") { Description = "The whole chain and every run (the default)" };

    public static readonly Option<bool> Json = new("--json") { Description = "The report as JSON" };

    public static readonly Option<FileInfo?> Against = new("--against") { Description = "Check the chain against a checkpoint file", HelpName = "FILE" };

    public static readonly Option<FileInfo?> PublicKey = new("--public-key") { Description = "With --against: every checkpoint must be signed by this key", HelpName = "PEM" };

    public static readonly Option<FileInfo?> Pack = new("--pack") { Description = "Check an exported audit pack offline (no database)", HelpName = "FILE" };

    public static Command Create()
    {
        var command = new Command("verify", "Verify the hash chain and the rows it seals (exit 0 intact, 1 broken, 5 unknown id).")
        {
            Run, Document, All, Json, Against, PublicKey, Pack,
        };
        command.Validators.Add(r =>
        {
            if (new[] { r.GetResult(Run), r.GetResult(Document), r.GetResult(All) }.Count(o => o is not null) > 1)
                r.AddError("Give one of --run ID, --document ID or --all.");
            if (r.GetResult(PublicKey) is not null && r.GetResult(Against) is null)
                r.AddError("--public-key needs --against FILE.");
        });
        command.SetAction(RunAsync);
        return command;
    }

    private static Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        if (parse.GetValue(Pack) is { } pack)
            return PackVerification.RunAsync(pack.FullName, parse.GetValue(Json), ct);
        var scope = parse.GetValue(Run) is { } run ? new VerifyScope(RunId: run)
            : parse.GetValue(Document) is { } document ? new VerifyScope(DocumentId: document)
            : VerifyScope.All;
        return AuditVerb.VerifyAsync(AuditCommand.ReadConnection(parse), scope, parse.GetValue(Against), parse.GetValue(PublicKey), parse.GetValue(Json), ct);
    }
}
