using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using ContractIntel.Eval;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Fields;
using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Models;

/// <summary>
/// <c>bench text</c> (Commands/BenchTextCommand.cs): milliseconds per MB of the text stages (read,
/// segment, fields) on a contract repeated to each size, so a super-linear step shows as a rising figure. The
/// encoder stages are linear in the sentences and measured by <c>bench encoder</c>.
/// </summary>
internal static class BenchTextVerb
{
    public static Task<int> RunAsync(string sourceFile, IReadOnlyList<int> sizes, bool json, CancellationToken cancellationToken)
    {
        var source = File.ReadAllBytes(sourceFile);
        var reader = new DocumentReader(new ExtractionLimits { MaxBytes = (long)sizes.Max() << 21 });
        var segmenter = new Segmenter();
        var fields = new ContractFieldExtractor();
        var runs = new JsonArray();
        foreach (var mb in sizes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bytes = new byte[mb << 20];
            for (var at = 0; at < bytes.Length; at += source.Length)
                Array.Copy(source, 0, bytes, at, Math.Min(source.Length, bytes.Length - at));
            var clock = Stopwatch.StartNew();
            var document = reader.Read(bytes, "bench.txt", MediaTypes.PlainText);
            var read = clock.Elapsed.TotalMilliseconds;
            var segments = segmenter.Split(document);
            var segment = clock.Elapsed.TotalMilliseconds - read;
            var extracted = fields.Extract(document, segments, []);
            var field = clock.Elapsed.TotalMilliseconds - read - segment;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{mb,3} MB: read {read / mb,7:F1} ms/MB  segment {segment / mb,7:F1} ms/MB  fields {field / mb,7:F1} ms/MB  ({segments.Count} segments, {extracted.Count} fields)"));
            runs.Add(new JsonObject
            {
                ["mb"] = mb, ["segments"] = segments.Count, ["read_ms_per_mb"] = Math.Round(read / mb, 1),
                ["segment_ms_per_mb"] = Math.Round(segment / mb, 1), ["fields_ms_per_mb"] = Math.Round(field / mb, 1),
            });
        }
        Console.WriteLine(new JsonObject { ["bench"] = "text", ["runs"] = runs }.ToJsonString(EvalJson.Indented(json)));
        return Task.FromResult(0);
    }
}
