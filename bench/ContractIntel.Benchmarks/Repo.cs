using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Inference;
using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Benchmarks;

/// <summary>Paths and inputs from the checkout: the committed models and the contract texts in samples/cuad-txt.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    /// <summary>Options for the committed models; the rebuilt ONNX files are cached under .cache/ (ignored by git).</summary>
    public static InferenceOptions Inference(string precision) => new()
    {
        ModelsPath = Path.Combine(Root, "models"),
        CachePath = Path.Combine(Root, ".cache", "models"),
        BaseEncoderPath = Path.Combine(AppContext.BaseDirectory, "base-encoder"),
        Precision = precision,
    };

    /// <summary>The segmenter's sentences of the committed CUAD contract texts, in document order.</summary>
    public static List<string> ContractSentences()
    {
        var reader = new DocumentReader(new ExtractionLimits());
        var segmenter = new Segmenter();
        var sentences = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "samples", "cuad-txt"), "*.txt").Order(StringComparer.Ordinal))
        {
            var document = reader.Read(File.ReadAllBytes(file), Path.GetFileName(file), "text/plain");
            sentences.AddRange(segmenter.Split(document).Where(s => s.Kind == SegmentKind.Sentence).Select(s => s.Text));
        }
        return sentences;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContractIntel.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No ContractIntel.sln above {AppContext.BaseDirectory}: run the benchmarks from the checkout's build output.");
    }
}
