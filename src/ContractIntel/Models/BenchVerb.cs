using System.Diagnostics;
using System.Text.Json.Nodes;
using ContractIntel.Eval;
using ContractIntel.Extraction.Inference;
using ContractIntel.Verbs;

namespace ContractIntel.Models;

/// <summary>
/// <c>bench encoder [--data PHRASEBANK_FILE] [--n N] [--model NAME]</c>: encoder throughput in one run, from text
/// (tokenization included) to pooled embeddings: one sentence at a time fp32, batched fp32, batched int8.
/// Speed targets live here, never in timed tests.
/// </summary>
internal static class BenchVerb
{
    public static Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (args is ["text", .. var text]) return BenchTextVerb.RunAsync(text, cancellationToken);
        if (args is ["pipeline", .. var files]) return BenchPipelineVerb.RunAsync(files, cancellationToken);
        if (args is not ["encoder", .. var rest]) throw new CliException("usage: contractintel bench encoder [--data FILE] [--n N] [--model NAME] [--threads N] [--device D]");
        var cli = CliArgs.Parse(rest, ["json"], ["data", "n", "batch", .. InferenceSettings.Options]);
        var data = cli.Get("data") ?? Path.Combine("training", "heldout", "phrasebank_50agree.txt");
        var n = int.Parse(cli.Get("n") ?? "512");
        var batch = int.Parse(cli.Get("batch") ?? "32");
        var sentences = PhraseBankFile.Read(data).Select(r => r.Sentence).Take(n).ToList();
        var options = InferenceSettings.Load(cli);
        var model = cli.Get("model") ?? SentimentScorer.DefaultModel;
        var runs = new JsonArray();
        var embeddings = new Dictionary<string, float[][]>(StringComparer.Ordinal);
        foreach (var (precision, size) in new[] { ("fp32", 1), ("fp32", batch), ("int8", 1), ("int8", batch) })
        {
            cancellationToken.ThrowIfCancellationRequested();
            options.Precision = precision;
            using var loaded = ModelLoading.Start(() => FineTunedModel.Load(model, options));
            loaded.Predict(sentences.Take(size * 2).ToList(), WindowAggregation.Mean, size);  // warm-up
            var clock = Stopwatch.StartNew();
            loaded.Predict(sentences, WindowAggregation.Mean, size);
            var rate = sentences.Count / clock.Elapsed.TotalSeconds;
            if (size > 1) embeddings[precision] = loaded.Embed(sentences);
            Console.Error.WriteLine($"{precision} batch {size,3}: {rate,8:F1} sentences/s ({sentences.Count} sentences, {options.IntraOpThreads} threads, {loaded.Identity.Device})");
            runs.Add(new JsonObject
            {
                ["precision"] = precision, ["batch"] = size, ["sentences"] = sentences.Count,
                ["sentences_per_second"] = Math.Round(rate, 1), ["device"] = loaded.Identity.Device,
            });
        }
        // How far int8 moves the pooled embeddings from fp32, on the same sentences.
        var cosines = embeddings["fp32"].Zip(embeddings["int8"], Cosine).ToList();
        Console.Error.WriteLine($"int8 vs fp32 pooled-embedding cosine: mean {cosines.Average():F4}, min {cosines.Min():F4}");
        Console.WriteLine(new JsonObject
        {
            ["bench"] = "encoder", ["model"] = model, ["data"] = Path.GetFileName(data), ["threads"] = options.IntraOpThreads,
            ["cores"] = Environment.ProcessorCount, ["runs"] = runs,
            ["int8_cosine_mean"] = Math.Round(cosines.Average(), 4), ["int8_cosine_min"] = Math.Round(cosines.Min(), 4),
        }.ToJsonString(EvalJson.Indented(cli.Has("json"))));
        return Task.FromResult(0);
    }

    /// <summary>Cosine similarity of two embeddings (also used by the tests).</summary>
    internal static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += (double)a[i] * b[i];
            na += (double)a[i] * a[i];
            nb += (double)b[i] * b[i];
        }
        return dot / Math.Sqrt(na * nb);
    }
}
