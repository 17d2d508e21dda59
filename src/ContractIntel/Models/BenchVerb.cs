using System.Diagnostics;
using System.Text.Json.Nodes;
using ContractIntel.Eval;
using ContractIntel.Extraction.Inference;
using static ContractIntel.Extraction.Inference.InferencePrecisionCodes;

namespace ContractIntel.Models;

/// <summary>
/// <c>bench encoder</c> (Commands/BenchEncoderCommand.cs): encoder throughput in one run, from text
/// (tokenization included) to pooled embeddings: one sentence at a time fp32, batched fp32, batched int8.
/// Speed targets live here, never in timed tests.
/// </summary>
internal static class BenchVerb
{
    public static Task<int> RunAsync(InferenceOptions options, string data, int n, int batch, string? modelName, bool json, CancellationToken cancellationToken)
    {
        var sentences = PhraseBankFile.Read(data).Select(r => r.Sentence).Take(n).ToList();
        var model = modelName ?? SentimentScorer.DefaultModel;
        var runs = new JsonArray();
        var embeddings = new Dictionary<string, float[][]>(StringComparer.Ordinal);
        foreach (var (precision, size) in new[] { (Fp32, 1), (Fp32, batch), (Int8, 1), (Int8, batch) })
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
        var cosines = embeddings[Fp32].Zip(embeddings[Int8], Cosine).ToList();
        Console.Error.WriteLine($"int8 vs fp32 pooled-embedding cosine: mean {cosines.Average():F4}, min {cosines.Min():F4}");
        Console.WriteLine(new JsonObject
        {
            ["bench"] = "encoder", ["model"] = model, ["data"] = Path.GetFileName(data), ["threads"] = options.IntraOpThreads,
            ["cores"] = Environment.ProcessorCount, ["runs"] = runs,
            ["int8_cosine_mean"] = Math.Round(cosines.Average(), 4), ["int8_cosine_min"] = Math.Round(cosines.Min(), 4),
        }.ToJsonString(EvalJson.Indented(json)));
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
