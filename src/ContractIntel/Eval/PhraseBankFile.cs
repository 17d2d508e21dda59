using System.Text;

namespace ContractIntel.Eval;

/// <summary>
/// Financial PhraseBank files: Latin-1, one <c>sentence@label</c> per line (split on the last '@'), CRLF or LF,
/// maybe without a final newline. The mojibake some sentences carry is kept as is.
/// </summary>
internal static class PhraseBankFile
{
    public static readonly string[] Labels = ["positive", "negative", "neutral"];

    public static List<(string Sentence, string Label)> Read(string path)
    {
        var text = File.ReadAllText(path, Encoding.Latin1);
        var rows = new List<(string, string)>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0) continue;
            var at = line.LastIndexOf('@');
            var label = at < 0 ? "" : line[(at + 1)..].Trim();
            if (!Labels.Contains(label))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected 'sentence@label' with label positive, negative or neutral.");
            }
            rows.Add((line[..at], label));
        }
        return rows;
    }
}
