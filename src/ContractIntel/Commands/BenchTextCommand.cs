using System.CommandLine;
using System.Globalization;
using ContractIntel.Models;

namespace ContractIntel.Commands;

/// <summary><c>contractintel bench text [--sizes 1,5,10,25,50] [--source FILE]</c>: ms per MB of read, segment and fields at each size.</summary>
public static class BenchTextCommand
{
    public static readonly Option<int[]> Sizes = CreateSizes();

    public static readonly Option<FileInfo> Source = PathOptions.ExistingFile(
        "--source", "The text repeated to each size", Path.Combine("samples", "cuad-txt", "STAMPSCOMINC_06_24_1999-EX-10.18-SPONSORSHIP AGREEMENT.txt"));

    public static Command Create()
    {
        var command = new Command("text", "Milliseconds per MB of read, segment and fields on a contract repeated to each size.") { Sizes, Source, BenchCommand.Json };
        command.SetAction((parse, ct) => BenchTextVerb.RunAsync(parse.GetValue(Source)!.FullName, parse.GetValue(Sizes)!, parse.GetValue(BenchCommand.Json), ct));
        return command;
    }

    private static Option<int[]> CreateSizes()
    {
        var option = new Option<int[]>("--sizes")
        {
            Description = "Sizes in MB, comma-separated", HelpName = "MB,MB,...", DefaultValueFactory = _ => [1, 5, 10, 25, 50],
            CustomParser = r =>
            {
                var parts = r.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries)).ToList();
                var sizes = new List<int>();
                foreach (var part in parts)
                {
                    if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var mb) && mb is > 0 and <= 1024) sizes.Add(mb);
                    else r.AddError($"--sizes takes whole numbers of MB from 1 to 1024, not '{part}'.");
                }
                return [.. sizes];
            },
        };
        return option;
    }
}
