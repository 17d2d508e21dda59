using System.Text.Json;

namespace ContractIntel.Eval;

/// <summary>
/// <c>cuad_annotations.jsonl</c>: one line per (contract, category) with the gold clauses, each split on
/// <c>&lt;omitted&gt;</c> into contiguous segments. The gold answers scored are the segments, as in CUAD_v1.json.
/// </summary>
internal sealed record CuadAnnotations(
    IReadOnlyList<string> Categories,
    IReadOnlyDictionary<string, string> TxtFiles,
    IReadOnlyDictionary<(string Contract, string Category), IReadOnlyList<string>> Gold)
{
    public static CuadAnnotations Read(string path)
    {
        var categories = new List<string>();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var gold = new Dictionary<(string, string), IReadOnlyList<string>>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Trim().Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var contract = root.GetProperty("contract_id").GetString()!;
            var category = root.GetProperty("category").GetString()!;
            files[contract] = root.GetProperty("txt_file").GetString()!;
            if (!categories.Contains(category)) categories.Add(category);
            var texts = new List<string>();
            foreach (var clause in root.GetProperty("clauses").EnumerateArray())
            {
                foreach (var segment in clause.GetProperty("segments").EnumerateArray())
                {
                    var text = segment.GetProperty("text").GetString();
                    if (!string.IsNullOrWhiteSpace(text)) texts.Add(text);
                }
            }
            gold[(contract, category)] = texts;
        }
        return new CuadAnnotations(categories, files, gold);
    }
}
