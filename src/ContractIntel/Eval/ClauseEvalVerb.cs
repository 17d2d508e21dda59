using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Inference;
using ContractIntel.Extraction.Segmentation;
using ContractIntel.Models;
using ContractIntel.Verbs;

namespace ContractIntel.Eval;

/// <summary>
/// <c>eval clauses --cuad DIR [--model NAME] [--contracts LIST] --json</c>: each contract's text goes through the
/// pipeline's plain-text path (DocumentReader, Segmenter) and the clause classifier; CUAD's span metrics and a
/// document-level presence F1 come out as one JSON object.
/// </summary>
internal static class ClauseEvalVerb
{
    // CUAD's evaluation keeps the model's 20 best spans per (contract, category).
    private const int TopK = 20;

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var cli = CliArgs.Parse(args, ["json"], ["cuad", "contracts", .. InferenceSettings.Options]);
        var dir = cli.Require("cuad");
        var annotations = CuadAnnotations.Read(Path.Combine(dir, "cuad_annotations.jsonl"));
        var contracts = annotations.TxtFiles.Keys.Order(StringComparer.Ordinal).ToList();
        if (cli.Get("contracts") is { } listFile)
        {
            // Ids are taken verbatim: some CUAD ids end with a space.
            var wanted = File.ReadAllLines(listFile).Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToHashSet(StringComparer.Ordinal);
            var missing = wanted.Where(w => !annotations.TxtFiles.ContainsKey(w)).ToList();
            if (missing.Count > 0) throw new CliException($"{missing.Count} contracts of {listFile} are not in the annotations, e.g. '{missing[0]}'.");
            contracts = contracts.Where(wanted.Contains).ToList();
        }
        var options = InferenceSettings.Load(cli);
        var clock = Stopwatch.StartNew();
        using var classifier = ModelLoading.Start(() => ClauseClassifier.Create(options, cli.Get("model") ?? ClauseClassifier.DefaultModel));
        var loadSeconds = clock.Elapsed.TotalSeconds;
        await Console.Error.WriteLineAsync($"model {classifier.Identity.Name} {classifier.Identity.Version} {classifier.Identity.Precision} on {classifier.Identity.Device}; {contracts.Count} contracts");
        clock.Restart();
        var reader = new DocumentReader(new ExtractionLimits());
        var segmenter = new Segmenter();
        var categories = classifier.Categories;
        // predictions[category][contract] = top spans; present[category] = contracts with a finding over threshold.
        var predictions = categories.ToDictionary(c => c, _ => new Dictionary<string, IReadOnlyList<(string, float)>>(StringComparer.Ordinal));
        var present = categories.ToDictionary(c => c, _ => new HashSet<string>(StringComparer.Ordinal));
        var units = 0;
        foreach (var contract in contracts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = annotations.TxtFiles[contract];
            var bytes = await File.ReadAllBytesAsync(Path.Combine(dir, "full_contract_txt", file), cancellationToken);
            var document = reader.Read(bytes, file, DocumentReader.DetectMediaType(bytes, file) ?? "text/plain");
            var segments = ClauseClassifier.Units(segmenter.Split(document));
            var scores = classifier.Score(segments);
            units += segments.Count;
            for (var k = 0; k < categories.Count; k++)
            {
                var ranked = Enumerable.Range(0, segments.Count).OrderByDescending(i => scores[i][k]).Take(TopK)
                    .Select(i => (segments[i].Text, scores[i][k])).ToList();
                predictions[categories[k]][contract] = ranked;
                if (ranked.Count > 0 && ranked[0].Item2 >= classifier.Thresholds[k]) present[categories[k]].Add(contract);
            }
            await Console.Error.WriteLineAsync($"contract {predictions[categories[0]].Count}/{contracts.Count}: {segments.Count} segments");
        }
        var seconds = clock.Elapsed.TotalSeconds;
        var results = categories.Select(c => Score(c, contracts, annotations, predictions[c], present[c])).ToList();
        Console.WriteLine(Report(classifier.Identity, contracts.Count, units, results, loadSeconds, seconds).ToJsonString(EvalJson.Indented(cli.Has("json"))));
        return 0;
    }

    internal static CuadCategoryResult Score(
        string category, IReadOnlyList<string> contracts, CuadAnnotations annotations,
        IReadOnlyDictionary<string, IReadOnlyList<(string Text, float Score)>> predictions, HashSet<string> present)
    {
        var gold = contracts.ToDictionary(c => c, c => annotations.Gold.GetValueOrDefault((c, category)) ?? [], StringComparer.Ordinal);
        var (_, aupr, p80, p90) = CuadMetrics.Evaluate(category, gold, predictions);
        var withClause = gold.Where(g => g.Value.Count > 0).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var tp = present.Count(withClause.Contains);
        var precision = present.Count == 0 ? 0 : (double)tp / present.Count;
        var recall = withClause.Count == 0 ? 0 : (double)tp / withClause.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new CuadCategoryResult(category, gold.Values.Sum(g => g.Count), withClause.Count, aupr, p80, p90, precision, recall, f1);
    }

    internal static JsonObject Report(ModelIdentity model, int contracts, int units, IReadOnlyList<CuadCategoryResult> results, double loadSeconds, double seconds)
    {
        var scored = results.Where(r => r.Aupr is not null).ToList();
        // Presence F1 is averaged over categories that occur in, or are predicted for, the evaluated contracts.
        var presence = results.Where(r => r.ContractsWithClause > 0 || r.PresencePrecision > 0).ToList();
        var perCategory = new JsonObject();
        foreach (var r in results)
        {
            perCategory[r.Category] = new JsonObject
            {
                ["aupr"] = Percent(r.Aupr), ["p_at_80r"] = Percent(r.PrecisionAt80Recall), ["p_at_90r"] = Percent(r.PrecisionAt90Recall),
                ["gold_clauses"] = r.GoldClauses, ["contracts_with_clause"] = r.ContractsWithClause,
                ["presence_precision"] = Math.Round(r.PresencePrecision, 4), ["presence_recall"] = Math.Round(r.PresenceRecall, 4),
                ["presence_f1"] = Math.Round(r.PresenceF1, 4),
            };
        }
        return new JsonObject
        {
            ["task"] = "clauses",
            ["model"] = EvalJson.Model(model),
            ["contracts"] = contracts,
            ["segments"] = units,
            ["units"] = "aupr, p_at_80r, p_at_90r in percent (mean over categories with a gold clause); presence_f1 in [0, 1]",
            ["categories_scored"] = scored.Count,
            ["aupr"] = Percent(scored.Count == 0 ? null : scored.Average(r => r.Aupr!.Value)),
            ["p_at_80r"] = Percent(scored.Count == 0 ? null : scored.Average(r => r.PrecisionAt80Recall!.Value)),
            ["p_at_90r"] = Percent(scored.Count == 0 ? null : scored.Average(r => r.PrecisionAt90Recall!.Value)),
            ["presence_f1"] = presence.Count == 0 ? 0 : Math.Round(presence.Average(r => r.PresenceF1), 4),
            ["per_category"] = perCategory,
            ["load_seconds"] = Math.Round(loadSeconds, 2),
            ["seconds"] = Math.Round(seconds, 2),
        };
    }

    private static JsonNode? Percent(double? fraction) => fraction is { } f ? JsonValue.Create(Math.Round(100 * f, 2)) : null;
}
