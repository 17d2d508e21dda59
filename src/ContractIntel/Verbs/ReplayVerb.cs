using System.Globalization;
using ContractIntel.Messaging;
using ContractIntel.Persistence;
using Microsoft.Extensions.Configuration;
using RabbitMQ.Client.Exceptions;

namespace ContractIntel.Verbs;

/// <summary>
/// <c>contractintel replay [--dry-run] [--limit N]</c>: moves the messages of <c>process-document_error</c> back to
/// <c>process-document</c> (after an outage longer than the worker's retries). Prints each message id and the
/// exception type it faulted with (never the message body); exit 0, or 1 when the broker is unreachable.
/// </summary>
public static class ReplayVerb
{
    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var a = CliArgs.Parse(args, flags: ["dry-run"], options: ["limit"]);
        var limit = int.MaxValue;
        if (a.Get("limit") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit <= 0))
            throw new CliException("--limit takes a positive whole number.");
        var options = VerbConfiguration.Load().GetSection(RabbitMqOptions.SectionName).Get<RabbitMqOptions>() ?? new RabbitMqOptions();
        var dryRun = a.Has("dry-run");
        IReadOnlyList<ErrorQueueReplay.Moved> moved;
        try
        {
            moved = await new ErrorQueueReplay(options).RunAsync(dryRun, limit, ct);
        }
        catch (BrokerUnreachableException e)
        {
            await Console.Error.WriteLineAsync($"replay: the broker at {options.Host}:{options.Port} is unreachable ({e.GetType().Name})");
            return 1;
        }
        foreach (var m in moved)
            Console.WriteLine($"{m.MessageId ?? "-"}  {m.FaultType ?? "-"}");
        var queue = MessagingNames.ErrorQueue(options.Queue);
        Console.WriteLine(dryRun
            ? $"dry run: {moved.Count} message(s) in {queue} would move to {options.Queue}; nothing moved"
            : $"moved {moved.Count} message(s) from {queue} to {options.Queue}");
        return 0;
    }
}
