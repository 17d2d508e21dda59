using Microsoft.ML.OnnxRuntime;

namespace ContractIntel.Extraction.Inference;

/// <summary>
/// One ONNX Runtime session over an encoder, returning mean-pooled sentence embeddings. Inputs are sorted by
/// length and batched, each batch padded only to its own longest sequence (measured: 180 sentences/s sorted vs 143
/// unsorted vs 50 padded to 128).
/// </summary>
public sealed class EncoderSession : IDisposable
{
    private readonly InferenceSession _session;
    private readonly int _batchSize;
    private readonly bool _hasTokenTypes;

    public EncoderSession(string onnxPath, InferenceOptions options)
    {
        (_session, Device) = EncoderDevice.CreateSession(onnxPath, options);
        _batchSize = Math.Max(1, options.BatchSize);
        _hasTokenTypes = _session.InputMetadata.ContainsKey("token_type_ids");
        Hidden = (int)_session.OutputMetadata["last_hidden_state"].Dimensions[^1];
    }

    /// <summary>The device the session actually runs on (after any fallback).</summary>
    public string Device { get; }

    public int Hidden { get; }

    /// <summary>Mean-pooled (over the attention mask) last hidden states, one row per sequence, in input order.</summary>
    /// <param name="sequences">Token ids including [CLS] and [SEP].</param>
    public float[][] Embed(IReadOnlyList<int[]> sequences, int? batchSize = null)
    {
        var result = new float[sequences.Count][];
        var order = Enumerable.Range(0, sequences.Count).OrderBy(i => sequences[i].Length).ToArray();
        var size = batchSize ?? _batchSize;
        for (var start = 0; start < order.Length; start += size)
        {
            var batch = order.AsSpan(start, Math.Min(size, order.Length - start));
            RunBatch(sequences, batch, result);
        }
        return result;
    }

    private void RunBatch(IReadOnlyList<int[]> sequences, ReadOnlySpan<int> batch, float[][] result)
    {
        var rows = batch.Length;
        var width = 0;
        foreach (var i in batch) width = Math.Max(width, sequences[i].Length);
        var ids = new long[rows * width];
        var mask = new long[rows * width];
        for (var r = 0; r < rows; r++)
        {
            var seq = sequences[batch[r]];
            for (var t = 0; t < seq.Length; t++)
            {
                ids[r * width + t] = seq[t];
                mask[r * width + t] = 1;
            }
        }
        long[] shape = [rows, width];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(new long[rows * width], shape);
        var names = _hasTokenTypes ? new[] { "input_ids", "attention_mask", "token_type_ids" } : ["input_ids", "attention_mask"];
        var inputs = _hasTokenTypes ? new[] { idsValue, maskValue, typesValue } : [idsValue, maskValue];
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, names, inputs, ["last_hidden_state"]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        for (var r = 0; r < rows; r++)
        {
            var length = sequences[batch[r]].Length;
            var pooled = new float[Hidden];
            for (var t = 0; t < length; t++)
            {
                var row = hidden.Slice((r * width + t) * Hidden, Hidden);
                for (var h = 0; h < Hidden; h++) pooled[h] += row[h];
            }
            for (var h = 0; h < Hidden; h++) pooled[h] /= length;
            result[batch[r]] = pooled;
        }
    }

    public void Dispose() => _session.Dispose();
}
