using ContractIntel.Contracts;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Pipeline;
using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Models;

/// <summary>
/// One precision's pass for <c>bench pipeline</c>: <see cref="DocumentPipeline.Run"/> itself, as <c>process</c>
/// runs it, with this class as its <see cref="IStageMeter"/>, so each stage gets its own wall and CPU time (the
/// pipeline itself records wall time only). Hashing and the limit checks are outside the stages and not counted.
/// </summary>
internal sealed class PipelineBenchRun(DocumentPipeline pipeline, bool scoreSentiment) : IStageMeter
{
    public static readonly string[] StageNames = ["read", "segment", "clauses", "sentiment", "fields"];

    public Dictionary<string, (TimeSpan Wall, TimeSpan Cpu)> Stages { get; } = StageNames.ToDictionary(s => s, _ => (TimeSpan.Zero, TimeSpan.Zero));

    public int Documents { get; private set; }
    public int Failed { get; private set; }
    public int Pages { get; private set; }
    public int Sentences { get; private set; }

    /// <summary>CPU of all stages over the PDF files only, to set against pdftotext on the same files.</summary>
    public TimeSpan PdfCpu { get; private set; }

    public TimeSpan Wall => Stages.Values.Aggregate(TimeSpan.Zero, (t, s) => t + s.Wall);
    public TimeSpan Cpu => Stages.Values.Aggregate(TimeSpan.Zero, (t, s) => t + s.Cpu);

    /// <summary>Runs one document; returns a progress line (counts and times only, never text).</summary>
    public string Run(byte[] bytes, string fileName)
    {
        var cpuBefore = Cpu;
        var result = pipeline.Run(new DocumentInput(bytes, fileName, null, DocumentKinds.Auto, scoreSentiment), this);
        if (result.Document is not { } document)
        {
            // A refused document still costs what it cost; it is counted, not timed apart.
            Failed++;
            return $"failed {result.Failure?.ToCode()}";
        }
        var sentences = result.Segments.Count(s => s.Kind == SegmentKind.Sentence);
        Documents++;
        Pages += document.Pages.Count;
        Sentences += sentences;
        if (result.MediaType == MediaTypes.Pdf) PdfCpu += Cpu - cpuBefore;
        return $"{document.Pages.Count} pages, {sentences} sentences, {result.Kind.ToCode()}";
    }

    public T Measure<T>(string stage, Func<T> run)
    {
        var result = CpuMeter.Measure(run, out var sample);
        var (wall, cpu) = Stages[stage];
        Stages[stage] = (wall + sample.Wall, cpu + sample.Cpu);
        return result;
    }
}
