using System.CommandLine;
using ContractIntel.Eval;

namespace ContractIntel.Commands;

/// <summary><c>contractintel eval fields --cuad DIR [--contracts LIST] [--no-clauses] [--model NAME] [--verbose] [--json]</c> (docs/fields.md).</summary>
public static class EvalFieldsCommand
{
    public static readonly Option<DirectoryInfo> Cuad = PathOptions.ExistingFolder("--cuad", "The CUAD folder (master_clauses.csv, full_contract_txt/)");

    public static readonly Option<FileInfo?> Contracts = PathOptions.ExistingFile("--contracts", "Contract ids to score, one a line (default: all)");

    public static readonly Option<bool> NoClauses = new("--no-clauses") { Description = "Without the clause model's hints" };

    public static readonly Option<bool> Verbose = new("--verbose") { Description = "One line per contract on stderr" };

    public static Command Create()
    {
        var command = new Command("fields", "Field extraction scored against CUAD's master_clauses.csv answers.") { Cuad, Contracts, NoClauses, Verbose, EvalCommand.Json };
        ModelOptions.AddTo(command);
        command.SetAction((parse, ct) => EvalVerb.FieldsAsync(
            parse.GetValue(NoClauses) ? null : ModelOptions.Load(parse), parse.GetValue(ModelOptions.Model),
            parse.GetValue(Cuad)!.FullName, parse.GetValue(Contracts)?.FullName, parse.GetValue(Verbose), parse.GetValue(EvalCommand.Json), ct));
        return command;
    }
}
