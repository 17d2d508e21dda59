using System.Text.Json.Nodes;
using ContractIntel.Models;

namespace ContractIntel.Tests.Bench;

public sealed class BenchPipelineReportTests
{
    private static JsonObject Run(string precision, double pdfCpu) => new()
    {
        ["precision"] = precision, ["reader"] = "IsolatedDocumentReader", ["model_load_s"] = 1.0,
        ["warmup"] = new JsonObject { ["documents"] = 1, ["wall_s"] = 0.5, ["cpu_s"] = 0.75 },
        ["documents"] = 2, ["failed"] = 0, ["pages"] = 20, ["sentences"] = 200, ["wall_s"] = 4.0, ["cpu_s"] = pdfCpu,
        ["pages_per_second"] = 5.0, ["pages_per_cpu_second"] = 20 / pdfCpu, ["sentences_per_second"] = 50.0,
        ["peak_rss_mb"] = 500.0, ["peak_rss_scope"] = "this precision", ["pdf_cpu_s"] = pdfCpu,
        ["stages"] = new JsonArray(PipelineBenchRun.StageNames.Select(s => (JsonNode)new JsonObject
            { ["stage"] = s, ["wall_s"] = s == "clauses" ? 3.0 : 0.25, ["cpu_s"] = s == "clauses" ? 6.0 : 0.5 }).ToArray()),
    };

    [Fact]
    public void Pdf_cpu_is_set_against_pdftotext_and_every_stage_gets_a_row()
    {
        var report = BenchPipelineReport.Build(2, [Run("fp32", 8.0), Run("int8", 4.0)], new JsonObject { ["pdfs"] = 2, ["cpu_s"] = 2.0 });

        Assert.Equal(4.0, report["runs"]![0]!["pdf_cpu_vs_pdftotext"]!.GetValue<double>());
        Assert.Equal(2.0, report["runs"]![1]!["pdf_cpu_vs_pdftotext"]!.GetValue<double>());
        var table = BenchPipelineReport.Table(report);
        foreach (var stage in PipelineBenchRun.StageNames) Assert.Contains($"  {stage} wall/CPU s", table);
        Assert.Contains("3 / 6", table);
        Assert.Contains("4x", table);
    }

    [Fact]
    public void Without_pdftotext_the_yardstick_says_it_was_skipped()
    {
        var report = BenchPipelineReport.Build(1, [Run("fp32", 8.0)], pdftotext: null);

        Assert.Null(report["runs"]![0]!["pdf_cpu_vs_pdftotext"]);
        Assert.StartsWith("skipped", report["pdftotext"]!.GetValue<string>());
    }
}
