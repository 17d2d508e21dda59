using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractIntel.Extraction.Inference;
using ContractIntel.Models;

namespace ContractIntel.Eval;

/// <summary><c>eval sentiment --data FILE [--model NAME] [--precision int8|fp32] --json</c>: one JSON object on stdout.</summary>
internal static class SentimentEvalVerb
{
    private const int Chunk = 256;

    public static async Task<int> RunAsync(InferenceOptions options, string data, string? model, bool compactJson, CancellationToken cancellationToken)
    {
        var rows = PhraseBankFile.Read(data);
        var clock = Stopwatch.StartNew();
        using var scorer = ModelLoading.Start(() => SentimentScorer.Create(options, model ?? SentimentScorer.DefaultModel));
        var loadSeconds = clock.Elapsed.TotalSeconds;
        await Console.Error.WriteLineAsync($"model {scorer.Identity.Name} {scorer.Identity.Version} {scorer.Identity.Precision.ToCode()} on {scorer.Identity.Device}; {rows.Count} sentences");
        clock.Restart();
        var predicted = new List<string>(rows.Count);
        for (var start = 0; start < rows.Count; start += Chunk)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chunk = rows.Skip(start).Take(Chunk).Select(r => r.Sentence).ToList();
            predicted.AddRange(scorer.ScoreTexts(chunk).Select(s => s.Label));
            await Console.Error.WriteLineAsync($"scored {predicted.Count}/{rows.Count}");
        }
        var seconds = clock.Elapsed.TotalSeconds;
        var report = ClassificationReport.Compute(PhraseBankFile.Labels, rows.Select(r => r.Label).ToList(), predicted);
        var json = new JsonObject
        {
            ["task"] = "sentiment",
            ["data"] = Path.GetFileName(data),
            ["data_sha256"] = Sha256Of(data),
            ["model"] = EvalJson.Model(scorer.Identity),
            ["n"] = report.N,
            ["accuracy"] = Math.Round(report.Accuracy, 4),
            ["macro_f1"] = Math.Round(report.MacroF1, 4),
            ["per_class"] = JsonSerializer.SerializeToNode(report.PerClass.ToDictionary(
                p => p.Key, p => p.Value with { Precision = Math.Round(p.Value.Precision, 4), Recall = Math.Round(p.Value.Recall, 4), F1 = Math.Round(p.Value.F1, 4) })),
            ["load_seconds"] = Math.Round(loadSeconds, 2),
            ["seconds"] = Math.Round(seconds, 2),
            ["sentences_per_second"] = Math.Round(rows.Count / Math.Max(seconds, 1e-9), 1),
        };
        Console.WriteLine(json.ToJsonString(EvalJson.Indented(compactJson)));
        return 0;
    }

    private static string Sha256Of(string path) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
}
