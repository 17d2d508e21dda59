using System.ComponentModel.DataAnnotations;

namespace ContractIntel.Extraction.Inference;

/// <summary>How the encoder models run: device, precision, threads, and where models and the rebuilt-model cache live.</summary>
public sealed class InferenceOptions
{
    public const string SectionName = "ContractIntel:Inference";

    /// <summary><c>cpu</c> (default), <c>cuda</c> (build with <c>-p:OnnxDevice=cuda</c>) or <c>directml</c> (Windows).</summary>
    [AllowedValues("cpu", "cuda", "directml")]
    public string Device { get; set; } = "cpu";

    /// <summary>When the configured device cannot start, run on the CPU instead of failing at start-up.</summary>
    public bool FallbackToCpu { get; set; }

    /// <summary>
    /// ONNX Runtime threads per session. One: the worker then takes as many documents at a time as there are cores,
    /// so one document's reading and writing overlap another's encoding (measured with deploy/local/bench-worker.sh:
    /// 20.6 and 16.9 pages/s against 15.3 for one document with two threads; README, Throughput and scaling).
    /// </summary>
    [Range(1, 256)]
    public int IntraOpThreads { get; set; } = 1;

    /// <summary>
    /// Whether ONNX Runtime's intra-op threads spin between parallel sections instead of sleeping. Spinning buys a
    /// little latency per operator for a lot of CPU time that other work (the reader child, a second document in
    /// flight, the database) could use; see the README's throughput section for the measurement.
    /// </summary>
    public bool AllowSpinning { get; set; }

    /// <summary>
    /// <c>fp32</c> or <c>int8</c> (dynamic quantisation of the weight MatMuls, about 2.3x faster batched on CPU).
    /// fp32 is the default because int8 lost 3.0 points of CUAD presence F1 on the held-out contracts (the rule:
    /// int8 only if it loses at most 0.5 point on every held-out evaluation); see the inference README.
    /// </summary>
    [AllowedValues(InferencePrecisionCodes.Int8, InferencePrecisionCodes.Fp32)]
    public string Precision { get; set; } = InferencePrecisionCodes.Fp32;

    /// <summary>Folder holding <c>models/&lt;name&gt;/</c>; relative paths resolve against the executable's folder.</summary>
    public string ModelsPath { get; set; } = "models";

    /// <summary>Where rebuilt ONNX models are cached, keyed by the hash of base, artifact and precision.</summary>
    public string CachePath { get; set; } = ".cache/models";

    /// <summary>Folder with the extracted base encoder (model.onnx, vocab.txt); relative to the executable's folder.</summary>
    public string BaseEncoderPath { get; set; } = "base-encoder";

    [Range(1, 1024)]
    public int BatchSize { get; set; } = 32;

    /// <summary>The clause model under <see cref="ModelsPath"/>; empty turns clause finding off.</summary>
    public string ClauseModel { get; set; } = "cuad-minilm";

    /// <summary>The sentiment model under <see cref="ModelsPath"/>; empty turns sentence sentiment off.</summary>
    public string SentimentModel { get; set; } = "finsent-minilm";

    internal static string Resolve(string path) =>
        Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
}
