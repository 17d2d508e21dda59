using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Google.Protobuf;
using Onnx;

namespace ContractIntel.Extraction.Inference;

/// <summary>
/// Rebuilds a fine-tuned encoder: a copy of the pinned base ONNX model whose initializers are replaced by the
/// artifact's tensors (same names, same shapes), optionally quantised to int8. The result is cached on disk keyed
/// by the hash of base, artifact and precision, so only the first start-up pays for it.
/// </summary>
public static class EncoderModelBuilder
{
    // Bump when the rebuild or the quantiser changes, so old cache entries are not reused.
    private const string BuilderVersion = "encoder-builder-1";

    public static string BuildCached(
        BaseEncoder baseEncoder, string artifactSha256, Func<IReadOnlyDictionary<string, NpyTensor>> replacements,
        InferencePrecision precision, string cacheDirectory)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{BuilderVersion}|{BaseEncoder.OnnxSha256}|{artifactSha256}|{precision.ToCode()}")));
        var directory = InferenceOptions.Resolve(cacheDirectory);
        var path = Path.Combine(directory, key + ".onnx");
        if (File.Exists(path)) return path;
        Directory.CreateDirectory(directory);
        var model = Build(baseEncoder.OnnxPath, replacements(), precision);
        // Write then rename: a crash mid-write must not leave a truncated model under the final name.
        var temp = path + "." + Environment.ProcessId + ".tmp";
        using (var stream = File.Create(temp)) model.WriteTo(stream);
        File.Move(temp, path, overwrite: true);
        return path;
    }

    public static ModelProto Build(string baseOnnxPath, IReadOnlyDictionary<string, NpyTensor> replacements, InferencePrecision precision)
    {
        ModelProto model;
        using (var stream = File.OpenRead(baseOnnxPath)) model = ModelProto.Parser.ParseFrom(stream);
        Replace(model.Graph, replacements);
        return precision switch
        {
            InferencePrecision.Fp32 => model,
            InferencePrecision.Int8 => Int8Quantizer.Quantize(model),
            _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, null),
        };
    }

    internal static void Replace(GraphProto graph, IReadOnlyDictionary<string, NpyTensor> replacements)
    {
        var byName = graph.Initializer.ToDictionary(t => t.Name, StringComparer.Ordinal);
        foreach (var (name, tensor) in replacements)
        {
            if (!byName.TryGetValue(name, out var initializer))
            {
                throw new InvalidDataException($"Artifact tensor '{name}' is not an initializer of the base encoder.");
            }
            if (initializer.DataType != (int)TensorProto.Types.DataType.Float)
            {
                throw new InvalidDataException($"Base initializer '{name}' is not float32.");
            }
            var dims = initializer.Dims.Select(d => (int)d).ToArray();
            if (!dims.SequenceEqual(tensor.Shape))
            {
                throw new InvalidDataException(
                    $"Artifact tensor '{name}' has shape [{string.Join(',', tensor.Shape)}], the base has [{string.Join(',', dims)}].");
            }
            SetFloatData(initializer, tensor.Data);
        }
    }

    internal static float[] FloatData(TensorProto tensor) =>
        tensor.RawData.Length > 0 ? MemoryMarshal.Cast<byte, float>(tensor.RawData.Span).ToArray() : tensor.FloatData.ToArray();

    internal static void SetFloatData(TensorProto tensor, ReadOnlySpan<float> data)
    {
        tensor.FloatData.Clear();
        tensor.RawData = ByteString.CopyFrom(MemoryMarshal.AsBytes(data));
    }
}
