using BenchmarkDotNet.Attributes;
using ContractIntel.Extraction.Inference;

namespace ContractIntel.Benchmarks;

/// <summary>
/// The hand-written tokenizer src/ used before against src's WordPieceTokenizer (Microsoft.ML.Tokenizers' BertTokenizer),
/// on the median-length contract sentence of samples/cuad-txt and on one encoder batch (32 sentences in order).
/// </summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private HandWrittenTokenizer _hand = null!;
    private WordPieceTokenizer _ml = null!;
    private string _sentence = "";
    private List<string> _batch = [];

    [GlobalSetup]
    public void Setup()
    {
        var vocab = BaseEncoder.Load(Repo.Inference("fp32").BaseEncoderPath).VocabPath;
        _hand = HandWrittenTokenizer.FromVocabFile(vocab);
        _ml = WordPieceTokenizer.FromVocabFile(vocab);
        var sentences = Repo.ContractSentences();
        _sentence = sentences.OrderBy(s => s.Length).ElementAt(sentences.Count / 2);
        _batch = sentences.Take(32).ToList();
        Console.WriteLine($"// sentence: {_sentence.Length} chars, {_hand.Encode(_sentence).Count} tokens; batch: {_batch.Sum(s => s.Length)} chars");
    }

    [Benchmark(Baseline = true)]
    public int HandSentence() => _hand.Encode(_sentence).Count;

    [Benchmark]
    public int MlSentence() => _ml.Encode(_sentence).Count;

    [Benchmark]
    public int HandBatch()
    {
        var n = 0;
        foreach (var s in _batch) n += _hand.Encode(s).Count;
        return n;
    }

    [Benchmark]
    public int MlBatch()
    {
        var n = 0;
        foreach (var s in _batch) n += _ml.Encode(s).Count;
        return n;
    }

}
