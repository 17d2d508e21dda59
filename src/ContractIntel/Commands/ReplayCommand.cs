using System.CommandLine;
using ContractIntel.Hosting;
using ContractIntel.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContractIntel.Commands;

/// <summary>
/// <c>contractintel replay [--dry-run] [--limit N]</c>: moves the messages of <c>process-document_error</c> back to
/// <c>process-document</c> (after an outage longer than the worker's retries). Prints each message id and the
/// exception type it faulted with (never the message body); exit 0, or 1 when the broker is unreachable.
/// </summary>
public static class ReplayCommand
{
    public static readonly Option<bool> DryRun = new("--dry-run") { Description = "List what would move; move nothing" };

    public static readonly Option<int> Limit = CreateLimit();

    public static Command Create()
    {
        var command = new Command("replay", "Move the messages of process-document_error back to process-document.") { DryRun, Limit };
        command.SetAction(RunAsync);
        return command;
    }

    private static Option<int> CreateLimit()
    {
        return new Option<int>("--limit") { Description = "Move at most N messages", HelpName = "N", DefaultValueFactory = _ => int.MaxValue }
            .Check(n => n > 0, "--limit takes a positive whole number.");
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var builder = CommonOptions.CreateBuilder(parse);
        builder.Services.AddRabbitMqOptions();
        using var host = builder.BuildValidated();
        var options = host.Services.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
        var dryRun = parse.GetValue(DryRun);
        var moved = await new ErrorQueueReplay(options).RunAsync(dryRun, parse.GetValue(Limit), ct);
        foreach (var m in moved)
            Console.WriteLine($"{m.MessageId ?? "-"}  {m.FaultType ?? "-"}");
        var queue = MessagingNames.ErrorQueue(options.Queue);
        Console.WriteLine(dryRun
            ? $"dry run: {moved.Count} message(s) in {queue} would move to {options.Queue}; nothing moved"
            : $"moved {moved.Count} message(s) from {queue} to {options.Queue}");
        return (int)ExitCode.Success;
    }
}
