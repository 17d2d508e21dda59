using System.CommandLine;
using ContractIntel.Models;

namespace ContractIntel.Commands;

/// <summary><c>contractintel bench encoder [--data FILE] [--n N] [--batch N] [--model NAME]</c>: sentences/s, fp32 and int8, single and batched.</summary>
public static class BenchEncoderCommand
{
    public static readonly Option<FileInfo> Data = PathOptions.ExistingFile(
        "--data", "PhraseBank file whose sentences are encoded", Path.Combine("training", "heldout", "phrasebank_50agree.txt"));

    public static readonly Option<int> N = BenchCommand.Positive("--n", "Sentences to encode", 512);

    public static readonly Option<int> Batch = BenchCommand.Positive("--batch", "Batch size of the batched runs", 32);

    public static Command Create()
    {
        var command = new Command("encoder", "Encoder sentences/s from text to pooled embeddings: fp32 and int8, one at a time and batched.")
        {
            Data, N, Batch, BenchCommand.Json,
        };
        ModelOptions.AddTo(command);
        command.SetAction((parse, ct) => BenchVerb.RunAsync(ModelOptions.Load(parse), parse.GetValue(Data)!.FullName, parse.GetValue(N), parse.GetValue(Batch),
            parse.GetValue(ModelOptions.Model), parse.GetValue(BenchCommand.Json), ct));
        return command;
    }
}
