using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace ContractIntel.Models;

/// <summary>
/// <c>models list</c> for people: one row per model, the identity shortened to 12 hex digits (<c>--json</c> has
/// every figure and the full hashes), then each model's licence note.
/// </summary>
internal static class ModelTable
{
    private static readonly string[] Header = ["NAME", "VERSION", "TASK", "LABELS", "ARTIFACT", "SEAL", "IDENTITY", "METRICS"];

    public static string Format(JsonArray cards)
    {
        var rows = new List<string[]> { Header };
        foreach (var card in cards.OfType<JsonObject>())
        {
            var identity = (string?)card["identity_sha256"];
            rows.Add([
                (string)card["name"]!, (string)card["version"]!, (string)card["task"]!,
                ((int)card["labels"]!).ToString(CultureInfo.InvariantCulture),
                (bool)card["artifact_verified"]! ? "verified" : "MISMATCH",
                (string?)card["seal"] == "changed" ? "CHANGED" : (string?)card["seal"] ?? "-",
                identity is null ? "-" : identity[..12],
                card["metrics"] is JsonObject metrics ? string.Join(", ", metrics.Select(m => m.Key)) : "-",
            ]);
        }
        var widths = Enumerable.Range(0, Header.Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
            text.AppendLine(string.Join("  ", row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c]))).TrimEnd());
        foreach (var card in cards.OfType<JsonObject>().Where(c => c["licence_note"] is not null))
            text.AppendLine(CultureInfo.InvariantCulture, $"{card["name"]} {card["version"]} licence: {card["licence_note"]}");
        return text.ToString();
    }
}
