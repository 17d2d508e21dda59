using BenchmarkDotNet.Attributes;
using ContractIntel.Extraction.Inference;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace ContractIntel.Benchmarks;

/// <summary>
/// Mean pooling over the attention mask, on a real last_hidden_state of one batch (32 contract sentences in
/// 128-token windows, as the clause model's, through the base encoder, padded to the longest). The loop is EncoderSession.RunBatch's (private there), repeated here so its
/// cost can be measured alone; keep the two alike.
/// </summary>
public class PoolingBenchmarks
{
    private float[] _hidden = [];
    private int[] _lengths = [];
    private int _width;
    private int _size;

    [GlobalSetup]
    public void Setup()
    {
        var baseEncoder = BaseEncoder.Load(Repo.Inference("fp32").BaseEncoderPath);
        var tokenizer = WordPieceTokenizer.FromVocabFile(baseEncoder.VocabPath);
        var sequences = Repo.ContractSentences().Take(32)
            .Select(s => new[] { WordPieceTokenizer.ClsId }.Concat(tokenizer.Encode(s).Take(126)).Append(WordPieceTokenizer.SepId).ToArray()).ToList();
        _lengths = sequences.Select(s => s.Length).ToArray();
        _width = _lengths.Max();
        var ids = new long[sequences.Count * _width];
        var mask = new long[ids.Length];
        for (var r = 0; r < sequences.Count; r++)
        {
            for (var t = 0; t < sequences[r].Length; t++)
            {
                ids[r * _width + t] = sequences[r][t];
                mask[r * _width + t] = 1;
            }
        }
        using var session = new InferenceSession(baseEncoder.OnnxPath);
        int[] shape = [sequences.Count, _width];
        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(ids, shape)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(mask, shape)),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(new long[ids.Length], shape)),
        };
        using var outputs = session.Run(inputs, ["last_hidden_state"]);
        var tensor = outputs[0].AsTensor<float>();
        _size = tensor.Dimensions[^1];
        _hidden = tensor.ToArray();
        Console.WriteLine($"// batch: {sequences.Count} x {_width} tokens x {_size} hidden");
    }

    [Benchmark]
    public float MeanPool()
    {
        var hidden = _hidden.AsSpan();
        var sum = 0f;
        for (var r = 0; r < _lengths.Length; r++)
        {
            var length = _lengths[r];
            var pooled = new float[_size];
            for (var t = 0; t < length; t++)
            {
                var row = hidden.Slice((r * _width + t) * _size, _size);
                for (var h = 0; h < _size; h++) pooled[h] += row[h];
            }
            for (var h = 0; h < _size; h++) pooled[h] /= length;
            sum += pooled[0];
        }
        return sum;
    }
}
