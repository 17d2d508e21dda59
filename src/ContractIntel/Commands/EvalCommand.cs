using System.CommandLine;

namespace ContractIntel.Commands;

/// <summary><c>contractintel eval sentiment|clauses|fields|ocr</c>: evaluations on held-out data (README "Evaluation").</summary>
public static class EvalCommand
{
    /// <summary>Every evaluation prints one JSON object on stdout, indented unless --json asks for one line; progress goes to stderr.</summary>
    public static readonly Option<bool> Json = new("--json") { Description = "The JSON result on one line (for scripts)" };

    public static Command Create() => new("eval", "Evaluate on held-out data: one JSON object on stdout, progress on stderr.")
    {
        EvalSentimentCommand.Create(),
        EvalClausesCommand.Create(),
        EvalFieldsCommand.Create(),
        EvalOcrCommand.Create(),
    };
}
