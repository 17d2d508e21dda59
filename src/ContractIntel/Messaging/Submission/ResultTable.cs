using System.Globalization;
using System.Text;
using ContractIntel.Jail;

namespace ContractIntel.Messaging.Submission;

/// <summary>The per-document table <c>submit --wait</c> prints: fixed columns, padded, one header line.</summary>
public static class ResultTable
{
    private static readonly string[] Header = ["file", "status", "pages", "segments", "clauses", "fields", "run", "reason"];

    public static string Format(IEnumerable<SubmissionRow> rows)
    {
        var cells = new List<string[]> { Header };
        cells.AddRange(rows.Select(r => new[]
        {
            ConsoleText.Escape(r.File, ConsoleText.DefaultMaxLength), r.Status, N(r.Pages), N(r.Segments), N(r.Clauses), N(r.Fields), r.RunVersion is { } v ? "v" + v.ToString(CultureInfo.InvariantCulture) : "-", r.Reason ?? "",
        }));
        var widths = Enumerable.Range(0, Header.Length).Select(c => cells.Max(row => row[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in cells)
        {
            var line = new StringBuilder();
            for (var c = 0; c < row.Length; c++)
            {
                // Numbers right-aligned, text left-aligned; the last column is not padded.
                var numeric = c is >= 2 and <= 5;
                var cell = c == row.Length - 1 ? row[c] : numeric ? row[c].PadLeft(widths[c]) : row[c].PadRight(widths[c]);
                line.Append(cell);
                if (c < row.Length - 1) line.Append("  ");
            }
            text.Append(line.ToString().TrimEnd()).Append('\n');
        }
        return text.ToString();
    }

    private static string N(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
