using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace ContractIntel.Models;

/// <summary>The JSON of <c>bench pipeline</c> and the table drawn from it (the table reads only the JSON).</summary>
internal static class BenchPipelineReport
{
    public const string CpuSource = "process TotalProcessorTime delta (all threads, ONNX Runtime pool and GC included) "
        + "+ getrusage(RUSAGE_CHILDREN) delta (child processes reaped during the stage: the isolated reader)";

    public static JsonObject Run(string precision, string reader, TimeSpan load, PipelineBenchRun warmup, PipelineBenchRun run, long peakRss, bool ownPeak)
    {
        var stages = new JsonArray();
        foreach (var (name, (wall, cpu)) in run.Stages)
            stages.Add(new JsonObject { ["stage"] = name, ["wall_s"] = S(wall), ["cpu_s"] = S(cpu) });
        return new JsonObject
        {
            ["precision"] = precision, ["reader"] = reader, ["model_load_s"] = S(load),
            ["warmup"] = new JsonObject { ["documents"] = 1, ["wall_s"] = S(warmup.Wall), ["cpu_s"] = S(warmup.Cpu) },
            ["documents"] = run.Documents, ["failed"] = run.Failed, ["pages"] = run.Pages, ["sentences"] = run.Sentences,
            ["wall_s"] = S(run.Wall), ["cpu_s"] = S(run.Cpu),
            ["pages_per_second"] = Rate(run.Pages, run.Wall), ["pages_per_cpu_second"] = Rate(run.Pages, run.Cpu),
            ["sentences_per_second"] = Rate(run.Sentences, run.Wall),
            ["peak_rss_mb"] = Math.Round(Math.Max(peakRss, Math.Max(warmup.PeakRss, run.PeakRss)) / 1048576.0, 1),
            ["peak_rss_scope"] = ownPeak ? "this precision (VmHWM reset before loading)" : "whole run so far",
            ["pdf_cpu_s"] = S(run.PdfCpu), ["stages"] = stages, ["per_document"] = Rows(run),
        };
    }

    public static JsonObject Build(int files, JsonArray runs, JsonObject? pdftotext)
    {
        if (pdftotext?["cpu_s"]?.GetValue<double>() is > 0 and var yardstick)
            foreach (var run in runs.OfType<JsonObject>())
                run["pdf_cpu_vs_pdftotext"] = Math.Round(run["pdf_cpu_s"]!.GetValue<double>() / yardstick, 2);
        return new JsonObject
        {
            ["bench"] = "pipeline", ["files"] = files, ["cores"] = Environment.ProcessorCount, ["cpu_time"] = CpuSource,
            ["tokens"] = "not reported: the classifier does not expose its token counts, and re-tokenizing would cost CPU in the bench",
            ["runs"] = runs,
            ["pdftotext"] = pdftotext is null ? JsonValue.Create("skipped: pdftotext is not on PATH (or no PDF among the files)") : pdftotext,
        };
    }

    public static string Table(JsonObject report)
    {
        var runs = report["runs"]!.AsArray().Select(r => r!.AsObject()).ToList();
        var text = new StringBuilder();
        void Line(string label, Func<JsonObject, string> cell) =>
            text.AppendLine(label.PadRight(26) + string.Concat(runs.Select(r => cell(r).PadLeft(25))));
        Line("", r => r["precision"]!.ToString());
        Line("reader", r => r["reader"]!.ToString());
        Line("model load s", r => N(r["model_load_s"]));
        Line("warm-up doc wall/CPU s", r => $"{N(r["warmup"]!["wall_s"])} / {N(r["warmup"]!["cpu_s"])}");
        Line("documents (failed)", r => $"{r["documents"]} ({r["failed"]})");
        Line("pages", r => r["pages"]!.ToString());
        Line("sentences", r => r["sentences"]!.ToString());
        foreach (var stage in PipelineBenchRun.StageNames)
            Line($"  {stage} wall/CPU s", r => r["stages"]!.AsArray().First(s => s!["stage"]!.ToString() == stage) is var s
                ? $"{N(s!["wall_s"])} / {N(s["cpu_s"])}" : "");
        Line("total wall/CPU s", r => $"{N(r["wall_s"])} / {N(r["cpu_s"])}");
        Line("pages/s", r => N(r["pages_per_second"]));
        Line("pages per CPU-second", r => N(r["pages_per_cpu_second"]));
        Line("sentences/s", r => N(r["sentences_per_second"]));
        Line("peak RSS MB", r => N(r["peak_rss_mb"]));
        Line("PDF CPU / pdftotext CPU", r => r["pdf_cpu_vs_pdftotext"] is { } x ? $"{N(x)}x" : "-");
        text.AppendLine(CultureInfo.InvariantCulture, $"pdftotext: {report["pdftotext"]!.ToJsonString()}");
        text.AppendLine(CultureInfo.InvariantCulture, $"CPU time: {CpuSource}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Cores: {report["cores"]}; warm-up (first file, once) not counted; tokens not reported.");
        text.Append(CultureInfo.InvariantCulture, $"Peak RSS scope: {runs.First()["peak_rss_scope"]}.");
        return text.ToString();
    }

    /// <summary>Per document: pages, sentences, CPU per stage and per page, and the process's peak RSS during it (VmHWM reset before it).</summary>
    private static JsonArray Rows(PipelineBenchRun run)
    {
        var rows = new JsonArray();
        foreach (var row in run.Rows)
        {
            var cpu = row.StageCpu.Values.Aggregate(TimeSpan.Zero, (t, c) => t + c);
            var stages = new JsonObject();
            foreach (var (stage, c) in row.StageCpu) stages[stage] = S(c);
            rows.Add(new JsonObject
            {
                ["file"] = row.File, ["pages"] = row.Pages, ["sentences"] = row.Sentences, ["failure"] = row.Failure,
                ["cpu_s"] = S(cpu), ["cpu_ms_per_page"] = row.Pages > 0 ? Math.Round(cpu.TotalMilliseconds / row.Pages, 2) : null,
                ["stage_cpu_s"] = stages, ["peak_rss_mb"] = Math.Round(row.PeakRss / 1048576.0, 1),
            });
        }
        return rows;
    }

    private static double S(TimeSpan t) => Math.Round(t.TotalSeconds, 3);

    private static double Rate(int count, TimeSpan t) => t > TimeSpan.Zero ? Math.Round(count / t.TotalSeconds, 2) : 0;

    private static string N(JsonNode? node) => node!.GetValue<double>().ToString("0.###", CultureInfo.InvariantCulture);
}
