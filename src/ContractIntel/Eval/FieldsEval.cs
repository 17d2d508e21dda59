using System.Diagnostics;
using System.Text.Json;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Fields;
using ContractIntel.Extraction.Inference;
using ContractIntel.Extraction.Segmentation;
using ContractIntel.Commands;

namespace ContractIntel.Eval;

/// <summary>
/// <c>eval fields --cuad DIR [--contracts LIST] [--json]</c>: runs the field extractor on CUAD's plain-text
/// contracts and scores it against master_clauses.csv's "-Answer" columns (docs/fields.md). Prints one JSON
/// object on stdout; progress goes to stderr. Only ids, counts and scores are printed, never contract text.
/// </summary>
public sealed class FieldsEval(
    Func<ReadOnlyMemory<byte>, string, (DocumentText Document, IReadOnlyList<Segment> Segments)> load,
    Func<DocumentText, IReadOnlyList<Segment>, IReadOnlyList<ClauseFinding>>? classify,
    ModelIdentity? clauseModel,
    TimeProvider time)
{
    private static readonly string[] Compared =
    [
        "Governing Law", "Agreement Date", "Effective Date", "Expiration Date", "Renewal Term", "Notice Period To Terminate Renewal",
    ];

    /// <param name="dir">The CUAD folder (master_clauses.csv, full_contract_txt/).</param>
    /// <param name="listFile">The contract ids to score, one a line; null scores every contract.</param>
    public async Task<int> RunAsync(string dir, string? listFile, bool verbose, bool compactJson, CancellationToken ct)
    {
        var csvPath = Path.Combine(dir, "master_clauses.csv");
        if (!File.Exists(csvPath)) throw new CliException($"{csvPath} not found.");
        var records = FieldsEvalCsv.ReadRecords(await File.ReadAllTextAsync(csvPath, ct));
        var wanted = listFile is null ? null : await ReadContractList(listFile, ct);
        var selected = records.Where(r => wanted is null || wanted.Contains(ContractId(r)) || wanted.Contains(ContractId(r).Trim())).ToList();
        await Console.Error.WriteLineAsync($"eval fields: {selected.Count} contracts of {records.Count} in master_clauses.csv" +
            (listFile is null ? "" : $" ({File.ReadLines(listFile).Count(l => l.Trim().Length > 0)} listed)"));

        var txtFiles = await ReadTxtFiles(dir, ct);
        var started = time.GetTimestamp();
        var scorer = new FieldsEvalScorer(records.Count > 0 ? records[0].Keys : []);
        var extractor = new ContractFieldExtractor();
        var missing = 0;
        var done = 0;
        foreach (var record in selected)
        {
            ct.ThrowIfCancellationRequested();
            var id = ContractId(record);
            var path = TextPath(dir, id, txtFiles);
            if (path is null)
            {
                missing++;
                continue;
            }
            var bytes = await File.ReadAllBytesAsync(path, ct);
            var (document, segments) = load(bytes, Path.GetFileName(path));
            var findings = classify?.Invoke(document, segments) ?? [];
            var fields = extractor.Extract(document, segments, findings);
            scorer.Add(record, fields, findings);
            if (verbose) await Console.Error.WriteLineAsync(scorer.LastLine(id));
            if (++done % 25 == 0) await Console.Error.WriteLineAsync($"  {done}/{selected.Count} contracts");
        }
        var seconds = time.GetElapsedTime(started).TotalSeconds;
        await Console.Error.WriteLineAsync($"eval fields: {done} contracts in {seconds:F1} s, {missing} text files missing");

        var result = new Dictionary<string, object?>
        {
            ["n_contracts"] = done,
            ["missing_text"] = missing,
            ["extractor_version"] = ContractFieldExtractor.Version,
            ["clause_model"] = clauseModel is null ? null : $"{clauseModel.Name}@{clauseModel.Version}",
            ["fields"] = scorer.FieldsJson(),
            ["parties"] = scorer.PartiesJson(),
            ["presence"] = scorer.PresenceJson(),
            ["presence_mean_accuracy"] = scorer.PresenceMean(),
            ["seconds"] = Math.Round(seconds, 1),
        };
        var json = JsonSerializer.Serialize(result, EvalJson.Indented(compactJson));
        Console.WriteLine(json);
        return 0;
    }

    /// <summary>
    /// The contract id of a master_clauses.csv row: the PDF name without its extension. One CUAD Filename
    /// carries a stray quote after its extension ("….PDF'"), so outer quotes go first.
    /// </summary>
    internal static string ContractId(IReadOnlyDictionary<string, string> record) => StripExtension(record["Filename"].Trim().Trim('\'', '"'));

    /// <summary>
    /// The text file of a contract: contracts.csv's txt_file when DIR has that file, else
    /// full_contract_txt/&lt;id&gt;.txt; CUAD's text files write "&amp;" and "'" as "_" and drop a trailing "-" or
    /// space of the PDF name, so those spellings are tried too.
    /// </summary>
    internal static string? TextPath(string dir, string id, IReadOnlyDictionary<string, string>? txtFiles = null)
    {
        if (txtFiles is not null && txtFiles.TryGetValue(id, out var listed) && File.Exists(Path.Combine(dir, "full_contract_txt", listed)))
            return Path.Combine(dir, "full_contract_txt", listed);
        var safe = id.Replace('&', '_').Replace('\'', '_');
        string[] names = [id, safe, id.TrimEnd('-', ' '), safe.TrimEnd('-', ' '), id.Trim()];
        return names.Select(n => Path.Combine(dir, "full_contract_txt", n + ".txt")).FirstOrDefault(File.Exists);
    }

    /// <summary>contracts.csv's contract_id → txt_file, when DIR has one (it names each text file exactly).</summary>
    private static async Task<Dictionary<string, string>?> ReadTxtFiles(string dir, CancellationToken ct)
    {
        var path = Path.Combine(dir, "contracts.csv");
        if (!File.Exists(path)) return null;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in FieldsEvalCsv.ReadRecords(await File.ReadAllTextAsync(path, ct)))
            if (r.TryGetValue("contract_id", out var id) && r.TryGetValue("txt_file", out var file) && file.Length > 0) map[id] = file;
        return map;
    }

    private static string StripExtension(string name)
    {
        var ext = Path.GetExtension(name);
        return ext.Equals(".pdf", StringComparison.OrdinalIgnoreCase) || ext.Equals(".txt", StringComparison.OrdinalIgnoreCase)
            ? name[..^ext.Length]
            : name;
    }

    private static async Task<HashSet<string>> ReadContractList(string path, CancellationToken ct)
    {
        var lines = await File.ReadAllLinesAsync(path, ct);
        // Ids are compared exactly and trimmed, so a list with or without trailing spaces or extensions selects the same rows.
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines.Where(l => l.Trim().Length > 0))
        {
            set.Add(StripExtension(line.TrimEnd('\r')));
            set.Add(StripExtension(line.Trim()));
        }
        return set;
    }

    internal static IReadOnlyList<string> ComparedCategories => Compared;
}
