using System.CommandLine;
using ContractIntel.Hosting;
using ContractIntel.Models;
using ContractIntel.Process;
using Microsoft.Extensions.Logging;

namespace ContractIntel.Commands;

/// <summary><c>contractintel bench pipeline FILES|DIRS [--json] [--sentiment on]</c>: wall and CPU per stage, pages/s and peak RSS, fp32 then int8.</summary>
public static class BenchPipelineCommand
{
    public static readonly Argument<string[]> Paths = OptionRules.Paths();

    public static readonly Option<string> Sentiment = ProcessCommand.OnOff("--sentiment", "Score sentence sentiment too");

    public static Command Create()
    {
        var command = new Command("pipeline", "The pipeline as process builds it, per stage: wall and CPU, pages/s, peak RSS; fp32 then int8.")
        {
            Paths, Sentiment, BenchCommand.Json,
        };
        command.SetAction((parse, ct) => BenchPipelineVerb.RunAsync(
            precision => BuildHost(parse, precision), InputFiles.Expand(parse.GetValue(Paths)!), parse.GetValue(Sentiment) == "on", parse.GetValue(BenchCommand.Json), ct));
        return command;
    }

    /// <summary>The process command's host with one setting changed: the precision, over appsettings and the environment.</summary>
    private static Microsoft.Extensions.Hosting.IHost BuildHost(ParseResult parse, string precision)
    {
        var builder = CommonOptions.CreateBuilder(parse, [new("ContractIntel:Inference:Precision", precision)]);
        builder.Logging.ClearProviders();
        builder.AddExtraction();
        return builder.BuildValidated();
    }
}
