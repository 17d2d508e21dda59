using System.CommandLine;
using ContractIntel.Eval;

namespace ContractIntel.Commands;

/// <summary><c>contractintel eval sentiment --data FILE [--model NAME] [--precision int8|fp32] [--json]</c>.</summary>
public static class EvalSentimentCommand
{
    public static readonly Option<FileInfo> Data = PathOptions.RequiredExistingFile("--data", "PhraseBank file (sentence@label lines)");

    public static Command Create()
    {
        var command = new Command("sentiment", "Sentence sentiment on a Financial PhraseBank file: accuracy, macro F1, per class.") { Data, EvalCommand.Json };
        ModelOptions.AddTo(command);
        command.SetAction((parse, ct) => SentimentEvalVerb.RunAsync(
            ModelOptions.Load(parse), parse.GetValue(Data)!.FullName, parse.GetValue(ModelOptions.Model), parse.GetValue(EvalCommand.Json), ct));
        return command;
    }
}
