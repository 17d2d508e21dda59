using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace ContractIntel.Commands;

/// <summary>
/// The table of contents of the <c>contractintel</c> executable: one command, one file in this folder. Parsing,
/// help and <c>--version</c> are System.CommandLine's; the one catch below turns an expected failure into one line
/// on stderr and an <see cref="ExitCode"/>.
/// </summary>
public static class Cli
{
    public static RootCommand Root()
    {
        var root = new RootCommand("ContractIntel: contract and filing extraction (RabbitMQ -> worker -> PostgreSQL), and the tools around it.")
        {
            WorkerCommand.Create(),
            SubmitCommand.Create(),
            ProcessCommand.Create(),
            MigrateCommand.Create(),
            ReprocessCommand.Create(),
            ReplayCommand.Create(),
            HealthCommand.Create(),
            ServeCommand.Create(),
            AuditCommand.Create(),
            EvalCommand.Create(),
            ModelsCommand.Create(),
            BenchCommand.Create(),
        };
        root.Options.Add(CommonOptions.Set);
        foreach (var version in root.Options.OfType<VersionOption>())
            version.Action = new PrintVersion();
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var root = Root();
        // No response files: a document named @list.txt is a document, not a list of arguments.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var command = string.Join(' ', CommandPath(parse).Prepend("contractintel"));
        if (parse.Action is ParseErrorAction)
        {
            await error.WriteLineAsync($"{command}: {ExpectedFailure.OneLine(string.Join(" ", parse.Errors.Select(e => e.Message)))} (see {command} --help)");
            return (int)ExitCode.Usage;
        }
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); };
        Console.CancelKeyPress += onCancel;
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                // Our catch below decides what is expected; the host stops itself on SIGTERM and Ctrl+C.
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            }, cancel.Token);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await error.WriteLineAsync($"{command}: interrupted");
            return (int)ExitCode.Interrupted;
        }
        catch (Exception e) when (ExpectedFailure.Of(e) is { } failure)
        {
            await error.WriteLineAsync($"{command}: {ExpectedFailure.OneLine(failure.Message)}");
            return (int)failure.Code;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>The informational version: the package version and the commit it was built from (<c>0.1.0+COMMIT</c>).</summary>
    public static string Version { get; } = typeof(Cli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(Cli).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>The names of the command run, below the root (<c>audit verify</c>).</summary>
    private static List<string> CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var r = parse.CommandResult; r.Parent is System.CommandLine.Parsing.CommandResult parent; r = parent)
            names.Insert(0, r.Command.Name);
        return names;
    }

    /// <summary>The version of this assembly, not of the entry assembly (a test host when the tests run the CLI).</summary>
    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return (int)ExitCode.Success;
        }
    }
}
