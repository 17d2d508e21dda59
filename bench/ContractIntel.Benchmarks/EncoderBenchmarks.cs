using BenchmarkDotNet.Attributes;
using ContractIntel.Extraction.Inference;

namespace ContractIntel.Benchmarks;

/// <summary>
/// One encoder batch of the clause model (cuad-minilm, committed under models/): 32 contract sentences of
/// samples/cuad-txt, fp32 and int8, through FineTunedModel.Embed (tokenize, pad to the batch's longest, ONNX
/// Runtime, mean pooling). Tokenizing 32 sentences costs microseconds (TokenizerBenchmarks), under 0.1 % of this.
/// </summary>
[MemoryDiagnoser]
public class EncoderBenchmarks
{
    private FineTunedModel _model = null!;
    private List<string> _batch = [];

    [Params("fp32", "int8")]
    public string Precision { get; set; } = "fp32";

    [GlobalSetup]
    public void Setup()
    {
        _model = FineTunedModel.Load("cuad-minilm", Repo.Inference(Precision));
        _batch = Repo.ContractSentences().Take(32).ToList();
        var tokens = _batch.Sum(s => _model.Windows(s)[0].Length);
        Console.WriteLine($"// batch: {_batch.Count} sentences, {tokens} tokens, longest {_batch.Max(s => _model.Windows(s)[0].Length)}");
    }

    [GlobalCleanup]
    public void Cleanup() => _model.Dispose();

    [Benchmark]
    public int EmbedBatch() => _model.Embed(_batch).Length;
}
