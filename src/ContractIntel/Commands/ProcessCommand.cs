using System.CommandLine;
using ContractIntel.Hosting;
using ContractIntel.Process;
using Microsoft.Extensions.Logging;

namespace ContractIntel.Commands;

/// <summary><c>contractintel process FILES|DIRS [--json]</c>: the pipeline in-process, no broker and no database.</summary>
public static class ProcessCommand
{
    public static readonly Argument<string[]> Paths = OptionRules.Paths();

    public static readonly Option<bool> Json = new("--json") { Description = "One JSON document on stdout (see README \"process --json\"); progress on stderr" };

    public static readonly Option<string> Kind = KindOption.Create();

    public static readonly Option<string> Sentiment = OnOff("--sentiment", "Score every sentence's sentiment too");

    public static Command Create()
    {
        var command = new Command("process", "Run the pipeline in-process on files: no broker, no database. Exit 1 when a document failed.")
        {
            Paths, Json, Kind, Sentiment,
        };
        command.SetAction(RunAsync);
        return command;
    }

    /// <summary>An on/off switch that takes its value (<c>--sentiment on</c>), as scripts already write it.</summary>
    public static Option<string> OnOff(string name, string description)
    {
        var option = new Option<string>(name) { Description = description, DefaultValueFactory = _ => "off" };
        option.AcceptOnlyFromAmong("on", "off");
        return option;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var files = InputFiles.Expand(parse.GetValue(Paths)!);
        if (files.Count == 0) throw new CliException("no documents in the folders named.");
        var builder = CommonOptions.CreateBuilder(parse);
        // A bad document is reported in the output; the reader's own log lines would only repeat it.
        builder.Logging.ClearProviders();
        builder.AddExtraction();
        using var host = builder.BuildValidated();
        return await ProcessVerb.RunAsync(host, files, parse.GetValue(Kind)!, parse.GetValue(Sentiment) == "on", parse.GetValue(Json), cancellationToken);
    }
}
