using System.CommandLine;
using ContractIntel.Audit;

namespace ContractIntel.Commands;

/// <summary><c>contractintel audit checkpoint [--append FILE [--sign PEM]]</c>: prints the chain head, optionally appends it (signed) to a file kept elsewhere.</summary>
public static class AuditCheckpointCommand
{
    public static readonly Option<FileInfo?> Append = new("--append") { Description = "Append the head to this checkpoint file", HelpName = "FILE" };

    public static readonly Option<FileInfo?> Sign = new("--sign") { Description = "With --append: sign the checkpoint with this EC private key", HelpName = "PEM" };

    public static Command Create()
    {
        var command = new Command("checkpoint", "Print the chain head (sequence and hash), or append it to a checkpoint file.") { Append, Sign };
        command.Validators.Add(r =>
        {
            if (r.GetResult(Sign) is not null && r.GetResult(Append) is null) r.AddError("--sign needs --append FILE.");
        });
        command.SetAction((parse, ct) => AuditVerb.CheckpointAsync(AuditCommand.ReadConnection(parse), parse.GetValue(Append), parse.GetValue(Sign), ct));
        return command;
    }
}
