using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Fields;
using ContractIntel.Extraction.Inference;
using ContractIntel.Extraction.Pipeline;
using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Models;

/// <summary>
/// One precision's pass for <c>bench pipeline</c>: the stages of <see cref="DocumentPipeline.Run"/> called one by
/// one, in its order and under its conditions, so each gets its own wall and CPU time (the pipeline itself records
/// wall time only). Hashing and the limit checks are left out: they are not stages.
/// </summary>
internal sealed class PipelineBenchRun(IDocumentReader reader, Segmenter segmenter, ClauseClassifier? clauses,
    SentimentScorer? sentiment, ContractFieldExtractor fields, bool scoreSentiment)
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
        string line;
        try
        {
            var document = Stage("read", () => reader.Read(bytes, fileName, null));
            var kind = KindDetector.Detect(document);
            var segments = Stage("segment", () => segmenter.Split(document));
            var found = kind == "contract" && clauses is not null ? Stage("clauses", () => clauses.Classify(document, segments)) : [];
            if ((kind == "filing" || scoreSentiment) && sentiment is not null) Stage("sentiment", () => sentiment.Score(segments));
            if (kind == "contract") Stage("fields", () => fields.Extract(document, segments, DocumentPipeline.SentenceHints(found, segments)));
            var sentences = segments.Count(s => s.Kind == SegmentKind.Sentence);
            Documents++;
            Pages += document.Pages.Count;
            Sentences += sentences;
            line = $"{document.Pages.Count} pages, {sentences} sentences, {kind}";
            if (document.MediaType == MediaTypes.Pdf) PdfCpu += Cpu - cpuBefore;
        }
        catch (DocumentRejectedException e)
        {
            // A refused document still costs what it cost; it is counted, not timed apart.
            Failed++;
            line = $"failed {e.Reason.ToCode()}";
        }
        return line;
    }

    private T Stage<T>(string name, Func<T> run)
    {
        var result = CpuMeter.Measure(run, out var sample);
        var (wall, cpu) = Stages[name];
        Stages[name] = (wall + sample.Wall, cpu + sample.Cpu);
        return result;
    }
}
