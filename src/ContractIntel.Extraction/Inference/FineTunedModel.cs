namespace ContractIntel.Extraction.Inference;

/// <summary>
/// A loaded model: the rebuilt encoder session, the tokenizer and the linear head, which runs here in C# on the
/// mean-pooled embedding (logits = W·pooled + b, then softmax or sigmoid). Created once at start-up; a bad
/// artifact, base encoder or device fails in <see cref="Load"/>.
/// </summary>
public sealed class FineTunedModel : IDisposable
{
    private readonly EncoderSession _session;
    private readonly float[] _weight;
    private readonly float[] _bias;

    private FineTunedModel(string folder, ModelManifest manifest, WordPieceTokenizer tokenizer, EncoderSession session, NpyTensor weight, NpyTensor bias, ModelIdentity identity)
    {
        Folder = folder;
        Manifest = manifest;
        Tokenizer = tokenizer;
        _session = session;
        var labels = manifest.Labels.Count;
        if (weight.Shape.Length != 2 || weight.Shape[0] != labels || weight.Shape[1] != session.Hidden || bias.Data.Length != labels)
        {
            throw new InvalidDataException($"Model '{manifest.Name}': head shape [{string.Join(',', weight.Shape)}] does not fit {labels} labels x {session.Hidden}.");
        }
        _weight = weight.Data;
        _bias = bias.Data;
        Identity = identity;
    }

    /// <summary>The model's folder, where task-specific files next to the manifest live (calibration.json).</summary>
    public string Folder { get; }

    public ModelManifest Manifest { get; }

    public WordPieceTokenizer Tokenizer { get; }

    public ModelIdentity Identity { get; }

    public static FineTunedModel Load(string name, InferenceOptions options)
    {
        var store = new ModelStore(options);
        var (folder, manifest, artifactPath) = store.Open(name);
        var precision = InferencePrecisionCodes.Parse(options.Precision);
        // int8 here is a CPU optimisation (DynamicQuantizeMatMul); ONNX Runtime's CUDA provider would run those
        // nodes on the CPU with copies in between, so a GPU session uses fp32. Identity records what ran.
        if (options.Device.Trim().Equals("cuda", StringComparison.OrdinalIgnoreCase)) precision = InferencePrecision.Fp32;
        var baseEncoder = BaseEncoder.Load(options.BaseEncoderPath);
        // The head only: the encoder's tensors are read when the rebuilt encoder is not cached yet (the cache key holds
        // the artifact's sha256, verified by Open).
        var head = NpzArchive.Read(artifactPath, n => n == manifest.Head.Weight || n == manifest.Head.Bias);
        if (!head.TryGetValue(manifest.Head.Weight, out var weight) || !head.TryGetValue(manifest.Head.Bias, out var bias))
        {
            throw new InvalidDataException($"Model '{name}': {manifest.Artifact.File} lacks {manifest.Head.Weight} or {manifest.Head.Bias}.");
        }
        var onnx = EncoderModelBuilder.BuildCached(baseEncoder, manifest.Artifact.Sha256.ToLowerInvariant(),
            () => NpzArchive.Read(artifactPath, n => n != manifest.Head.Weight && n != manifest.Head.Bias), precision, options.CachePath);
        var session = new EncoderSession(onnx, options);
        try
        {
            var identity = new ModelIdentity(manifest.Name, manifest.Version, manifest.Task, ModelFiles.IdentitySha256(folder, manifest), precision, session.Device);
            return new FineTunedModel(folder, manifest, WordPieceTokenizer.FromVocabFile(baseEncoder.VocabPath), session, weight, bias, identity);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>Token windows of <paramref name="text"/>: each at most max_length tokens with [CLS] and [SEP].</summary>
    public List<int[]> Windows(string text)
    {
        var ids = Tokenizer.Encode(text);
        var span = Math.Max(1, Manifest.MaxLength - 2);
        var windows = new List<int[]>();
        for (var start = 0; start < ids.Count || windows.Count == 0; start += span)
        {
            var count = Math.Clamp(ids.Count - start, 0, span);
            var window = new int[count + 2];
            window[0] = WordPieceTokenizer.ClsId;
            ids.CopyTo(start, window, 1, count);
            window[^1] = WordPieceTokenizer.SepId;
            windows.Add(window);
        }
        return windows;
    }

    /// <summary>Pooled embeddings of each text's first window (for tests and diagnostics).</summary>
    public float[][] Embed(IReadOnlyList<string> texts) => _session.Embed(texts.Select(t => Windows(t)[0]).ToList());

    /// <summary>
    /// Per text: logits and probabilities (softmax, or sigmoid when multi-label), aggregated over its windows. A text
    /// that occurs more than once (contracts repeat their boilerplate) is encoded once; each occurrence gets its own
    /// copy of the scores.
    /// </summary>
    public (float[][] Logits, float[][] Probabilities) Predict(IReadOnlyList<string> texts, WindowAggregation aggregation, int? batchSize = null)
    {
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        var unique = new List<string>();
        var slotOf = new int[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            if (!slots.TryGetValue(texts[i], out var slot))
            {
                slot = unique.Count;
                slots.Add(texts[i], slot);
                unique.Add(texts[i]);
            }
            slotOf[i] = slot;
        }
        if (unique.Count == texts.Count) return PredictDistinct(texts, aggregation, batchSize);
        var (z, p) = PredictDistinct(unique, aggregation, batchSize);
        return (slotOf.Select(s => (float[])z[s].Clone()).ToArray(), slotOf.Select(s => (float[])p[s].Clone()).ToArray());
    }

    private (float[][] Logits, float[][] Probabilities) PredictDistinct(IReadOnlyList<string> texts, WindowAggregation aggregation, int? batchSize)
    {
        var windows = new List<int[]>();
        var owner = new List<int>();
        for (var i = 0; i < texts.Count; i++)
        {
            foreach (var w in aggregation == WindowAggregation.First ? Windows(texts[i]).Take(1) : Windows(texts[i]))
            {
                windows.Add(w);
                owner.Add(i);
            }
        }
        var pooled = _session.Embed(windows, batchSize);
        var labels = Manifest.Labels.Count;
        var logits = new float[texts.Count][];
        var probabilities = new float[texts.Count][];
        var counts = new int[texts.Count];
        for (var w = 0; w < windows.Count; w++)
        {
            var z = Head(pooled[w]);
            var p = Manifest.MultiLabel ? z.Select(Sigmoid).ToArray() : Softmax(z);
            var i = owner[w];
            counts[i]++;
            if (logits[i] is null)
            {
                logits[i] = z;
                probabilities[i] = p;
                continue;
            }
            for (var k = 0; k < labels; k++)
            {
                logits[i][k] = aggregation == WindowAggregation.Max ? Math.Max(logits[i][k], z[k]) : logits[i][k] + z[k];
                probabilities[i][k] = aggregation == WindowAggregation.Max ? Math.Max(probabilities[i][k], p[k]) : probabilities[i][k] + p[k];
            }
        }
        if (aggregation == WindowAggregation.Mean)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                for (var k = 0; k < labels; k++)
                {
                    logits[i][k] /= counts[i];
                    probabilities[i][k] /= counts[i];
                }
            }
        }
        return (logits, probabilities);
    }

    private float[] Head(float[] pooled)
    {
        var labels = _bias.Length;
        var hidden = pooled.Length;
        var z = new float[labels];
        for (var k = 0; k < labels; k++)
        {
            // Accumulate in double: the parity test compares against torch within 1e-4.
            double sum = _bias[k];
            for (var h = 0; h < hidden; h++) sum += (double)_weight[k * hidden + h] * pooled[h];
            z[k] = (float)sum;
        }
        return z;
    }

    private static float Sigmoid(float x) => 1f / (1f + MathF.Exp(-x));

    private static float[] Softmax(float[] z)
    {
        var max = z.Max();
        var e = z.Select(v => MathF.Exp(v - max)).ToArray();
        var sum = e.Sum();
        return e.Select(v => v / sum).ToArray();
    }

    public void Dispose() => _session.Dispose();
}
