using System.CommandLine;
using ContractIntel.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ContractIntel.Commands;

/// <summary>What every command takes, and the host builder every command starts from.</summary>
public static class CommonOptions
{
    /// <summary>Any setting for this one run, over appsettings and the environment: <c>--set ContractIntel:Worker:ConcurrentMessageLimit=2</c>.</summary>
    public static readonly Option<string[]> Set = CreateSet();

    private static Option<string[]> CreateSet()
    {
        var option = new Option<string[]>("--set")
        {
            Description = "Override a setting for this run (repeatable), e.g. --set ContractIntel:Inference:Device=cuda",
            HelpName = "KEY=VALUE",
            Recursive = true,
            Arity = ArgumentArity.ZeroOrMore,
        };
        option.Validators.Add(r =>
        {
            foreach (var token in r.Tokens.Where(t => t.Value.IndexOf('=', StringComparison.Ordinal) <= 0))
                r.AddError($"--set takes KEY=VALUE, not '{token.Value}'.");
        });
        return option;
    }

    /// <summary>
    /// The host builder of a command: <see cref="ContractIntelHost"/> with <c>--set</c> and then the command's
    /// own options (which win) as configuration overrides. <paramref name="logsToStderr"/>: a command whose stdout
    /// is its result (all but the services, worker and serve).
    /// </summary>
    public static HostApplicationBuilder CreateBuilder(ParseResult parse, IEnumerable<KeyValuePair<string, string>>? overrides = null, bool logsToStderr = true)
    {
        var args = (parse.GetValue(Set) ?? [])
            .Select(s => (Key: s[..s.IndexOf('=', StringComparison.Ordinal)], Value: s[(s.IndexOf('=', StringComparison.Ordinal) + 1)..]))
            .Concat((overrides ?? []).Select(o => (o.Key, o.Value)))
            .Select(o => $"--{o.Key}={o.Value}")
            .ToArray();
        var builder = ContractIntelHost.CreateBuilder(args, logsToStderr);
        if (logsToStderr)
        {
            // A command run at a terminal: a server it cannot reach is the one line the top-level catch prints, not
            // MassTransit's reconnect warnings, EF Core's and the host's stack traces of the same failure (an
            // unexpected exception still ends the command with its own).
            builder.Logging.AddFilter("MassTransit", LogLevel.Error);
            builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None);
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        }
        return builder;
    }
}
