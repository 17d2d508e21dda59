using System.CommandLine;

namespace ContractIntel.Commands;

/// <summary><c>contractintel bench encoder|text|pipeline</c>: speed figures (speed targets live here, never in timed tests).</summary>
public static class BenchCommand
{
    /// <summary>Every bench prints its result as JSON on stdout (pipeline: a table unless --json); progress goes to stderr.</summary>
    public static readonly Option<bool> Json = new("--json") { Description = "The result as JSON on one line (bench pipeline: JSON instead of the table)" };

    public static Command Create() => new("bench", "Measure speed: progress on stderr, the result on stdout.")
    {
        BenchEncoderCommand.Create(),
        BenchTextCommand.Create(),
        BenchPipelineCommand.Create(),
    };

    /// <summary>A positive whole number, checked while parsing.</summary>
    public static Option<int> Positive(string name, string description, int defaultValue)
    {
        return new Option<int>(name) { Description = description, HelpName = "N", DefaultValueFactory = _ => defaultValue }
            .Check(n => n > 0, $"{name} takes a positive whole number.");
    }
}
