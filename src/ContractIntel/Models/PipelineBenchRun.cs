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

    /// <summary>One row per document (file name, pages, sentences, CPU per stage, its own peak RSS), for the scaling table.</summary>
    public List<DocumentRow> Rows { get; } = [];

    /// <summary>The highest VmHWM seen by this pass, before and during each document (each document resets it to read its own).</summary>
    public long PeakRss { get; private set; }

    public TimeSpan Wall => Stages.Values.Aggregate(TimeSpan.Zero, (t, s) => t + s.Wall);
    public TimeSpan Cpu => Stages.Values.Aggregate(TimeSpan.Zero, (t, s) => t + s.Cpu);

    /// <summary>Runs one document; returns a progress line (counts and times only, never text).</summary>
    public string Run(byte[] bytes, string fileName)
    {
        var cpuBefore = Cpu;
        var stagesBefore = Stages.ToDictionary(s => s.Key, s => s.Value.Cpu);
        // What came before (model loading, earlier documents) keeps its peak here; the document then gets its own.
        PeakRss = Math.Max(PeakRss, CpuMeter.PeakRss());
        CpuMeter.ResetPeakRss();
        var result = pipeline.Run(new DocumentInput(bytes, fileName, null, DocumentKinds.Auto, scoreSentiment), this);
        var peak = CpuMeter.PeakRss();
        PeakRss = Math.Max(PeakRss, peak);
        if (result.Document is not { } document)
        {
            // A refused document still costs what it cost; it is counted, not timed apart.
            Failed++;
            Rows.Add(new DocumentRow(fileName, 0, 0, result.Failure?.ToCode(), Stages.ToDictionary(s => s.Key, s => s.Value.Cpu - stagesBefore[s.Key]), peak));
            return $"failed {result.Failure?.ToCode()}";
        }
        var sentences = result.Segments.Count(s => s.Kind == SegmentKind.Sentence);
        Rows.Add(new DocumentRow(fileName, document.Pages.Count, sentences, null, Stages.ToDictionary(s => s.Key, s => s.Value.Cpu - stagesBefore[s.Key]), peak));
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

/// <summary>One document of a <c>bench pipeline</c> pass: CPU per stage and the process's peak RSS while it ran.</summary>
internal sealed record DocumentRow(string File, int Pages, int Sentences, string? Failure, Dictionary<string, TimeSpan> StageCpu, long PeakRss);
