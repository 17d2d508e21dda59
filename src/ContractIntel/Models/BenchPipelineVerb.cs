using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using ContractIntel.Eval;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Inference;
using ContractIntel.Extraction.Pipeline;
using ContractIntel.Hosting;
using ContractIntel.Jail;
using ContractIntel.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ContractIntel.Models;

/// <summary>
/// <c>bench pipeline FILES|DIRS [--json] [--sentiment on]</c> (Commands/BenchPipelineCommand.cs): the pipeline as <c>process</c> builds it (same
/// configuration, same reader), fp32 then int8 in one run, each with its own host and models. Per precision: a
/// warm-up on the first file, reported apart, then every file once, with wall and CPU time per stage, pages/s,
/// pages per CPU-second and peak RSS; pdftotext's CPU time on the same PDFs as the yardstick when it is installed.
/// </summary>
internal static class BenchPipelineVerb
{
    /// <param name="buildHost">The command's host, with AddExtraction and the given precision over the configuration.</param>
    public static Task<int> RunAsync(Func<string, IHost> buildHost, IReadOnlyList<string> paths, bool sentiment, bool json, CancellationToken cancellationToken)
    {
        if (paths.Count == 0) throw new CliException("bench pipeline: no documents in the folders named.");
        var files = paths.Select(p => (Path: p, Name: Path.GetFileName(p), Bytes: BoundedFile.Read(p, null, 1L << 30).Bytes ?? throw new CliException($"Cannot read {p}."))).ToList();
        var runs = new JsonArray();
        foreach (var precision in Enum.GetValues<InferencePrecision>().Select(p => p.ToCode()))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ownPeak = CpuMeter.ResetPeakRss();
            var clock = Stopwatch.StartNew();
            using var host = buildHost(precision);
            var reader = host.Services.GetRequiredService<IDocumentReader>();
            var pipeline = host.Services.GetRequiredService<DocumentPipeline>();
            // The sentiment session otherwise starts with the first document scored (the warm-up's time).
            if (sentiment) host.Services.GetRequiredService<ModelStages>().Sentiment?.Start();
            var load = clock.Elapsed;
            Console.Error.WriteLine(Text($"{precision}: models loaded in {load.TotalSeconds:F1} s; reader {reader.GetType().Name}"));
            PipelineBenchRun NewRun() => new(pipeline, sentiment);
            var warmup = NewRun();
            warmup.Run(files[0].Bytes, files[0].Name);
            Console.Error.WriteLine(Text($"{precision}: warm-up on {files[0].Name}: {warmup.Wall.TotalSeconds:F2} s wall, {warmup.Cpu.TotalSeconds:F2} s CPU (not counted)"));
            var run = NewRun();
            foreach (var (_, name, bytes) in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var line = run.Run(bytes, name);
                Console.Error.WriteLine(Text($"{precision}: {run.Documents + run.Failed}/{files.Count} {name}: {line}"));
            }
            runs.Add(BenchPipelineReport.Run(precision, reader.GetType().Name, load, warmup, run, CpuMeter.PeakRss(), ownPeak));
        }
        var yardstick = Pdftotext(files.Where(f => DocumentReader.Resolve(f.Bytes, f.Name, null) == MediaTypes.Pdf).Select(f => f.Path).ToList());
        var report = BenchPipelineReport.Build(files.Count, runs, yardstick);
        Console.WriteLine(json ? report.ToJsonString(EvalJson.Indented(true)) : BenchPipelineReport.Table(report));
        return Task.FromResult(0);
    }

    /// <summary>pdftotext run once per PDF as a child; its user+sys CPU from getrusage. Null when it is not on PATH.</summary>
    private static JsonObject? Pdftotext(List<string> pdfs)
    {
        var tool = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "pdftotext")).FirstOrDefault(File.Exists);
        if (tool is null || pdfs.Count == 0) return null;
        var cpu = TimeSpan.Zero;
        var wall = TimeSpan.Zero;
        foreach (var pdf in pdfs)
        {
            var info = new ProcessStartInfo(tool) { ArgumentList = { "-q", pdf, "/dev/null" }, UseShellExecute = false };
            var before = CpuMeter.ChildrenCpu();
            var clock = Stopwatch.StartNew();
            using (var child = System.Diagnostics.Process.Start(info)!) child.WaitForExit();
            wall += clock.Elapsed;
            cpu += CpuMeter.ChildrenCpu() - before;
        }
        Console.Error.WriteLine(Text($"pdftotext: {pdfs.Count} PDFs, {cpu.TotalSeconds:F2} s CPU"));
        return new JsonObject { ["pdfs"] = pdfs.Count, ["cpu_s"] = Math.Round(cpu.TotalSeconds, 3), ["wall_s"] = Math.Round(wall.TotalSeconds, 3) };
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
