using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContractIntel.Extraction.Inference;

namespace ContractIntel.Tests.Inference;

/// <summary>
/// Builds small model folders in the real artifact format on top of the base encoder: an .npz with one changed
/// bias and a random head, and a manifest with the artifact's real sha256.
/// </summary>
internal static class TestModels
{
    public const string ChangedBias = "encoder.layer.0.attention.self.query.bias";

    public static ScratchFolder NewRoot() => TestFolders.New("models-");

    public static InferenceOptions Options(string root, string precision = "fp32") => new()
    {
        ModelsPath = Path.Combine(root, "models"),
        CachePath = Path.Combine(root, "cache"),
        Precision = precision,
        IntraOpThreads = 2,
    };

    /// <summary>Writes models/<paramref name="name"/> and returns its folder.</summary>
    public static string Write(
        string root, string name, string task, IReadOnlyList<string> labels, float biasShift = 0.05f, int seed = 7,
        IReadOnlyDictionary<string, float>? thresholds = null)
    {
        var folder = Path.Combine(root, "models", name);
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var head = Enumerable.Range(0, labels.Count * 384).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var bias = Enumerable.Range(0, labels.Count).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var changed = Enumerable.Range(0, 384).Select(i => biasShift * MathF.Sin(i)).ToArray();
        var npz = Path.Combine(folder, "weights.npz");
        WriteNpz(npz, [
            ("head.weight", [labels.Count, 384], head, false),
            ("head.bias", [labels.Count], bias, false),
            (ChangedBias, [384], changed, true),
        ]);
        var manifest = new Dictionary<string, object?>
        {
            ["name"] = name, ["version"] = "0.0.1-test", ["task"] = task, ["labels"] = labels,
            ["multi_label"] = task == "clauses", ["pooling"] = "mean", ["max_length"] = 128, ["lowercase"] = true,
            ["thresholds"] = task == "clauses" ? thresholds ?? labels.ToDictionary(l => l, _ => 0.5f) : null,
            ["base_encoder"] = new Dictionary<string, string>
            {
                ["name"] = BaseEncoder.Name, ["onnx_sha256"] = BaseEncoder.OnnxSha256, ["vocab_sha256"] = BaseEncoder.VocabSha256,
            },
            ["artifact"] = new Dictionary<string, object> { ["file"] = "weights.npz", ["sha256"] = Sha256(npz), ["bytes"] = new FileInfo(npz).Length },
            ["head"] = new Dictionary<string, string> { ["weight"] = "head.weight", ["bias"] = "head.bias" },
        };
        File.WriteAllText(Path.Combine(folder, "manifest.json"), JsonSerializer.Serialize(manifest));
        return folder;
    }

    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    public static void WriteNpz(string path, IEnumerable<(string Name, int[] Shape, float[] Data, bool Half)> tensors)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, shape, data, half) in tensors)
        {
            using var stream = zip.CreateEntry(name + ".npy").Open();
            stream.Write(Npy(shape, data, half));
        }
    }

    public static byte[] Npy(int[] shape, float[] data, bool half, string fortran = "False")
    {
        var dims = shape.Length == 1 ? $"{shape[0]}," : string.Join(", ", shape);
        var header = $"{{'descr': '{(half ? "<f2" : "<f4")}', 'fortran_order': {fortran}, 'shape': ({dims}), }}";
        header = header.PadRight(((header.Length + 11) / 64 + 1) * 64 - 11) + "\n";
        var size = half ? 2 : 4;
        var bytes = new byte[10 + header.Length + data.Length * size];
        bytes[0] = 0x93;
        "NUMPY"u8.CopyTo(bytes.AsSpan(1));
        bytes[6] = 1;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), (ushort)header.Length);
        Encoding.Latin1.GetBytes(header).CopyTo(bytes, 10);
        var body = bytes.AsSpan(10 + header.Length);
        for (var i = 0; i < data.Length; i++)
        {
            if (half) BinaryPrimitives.WriteHalfLittleEndian(body[(i * 2)..], (Half)data[i]);
            else BinaryPrimitives.WriteSingleLittleEndian(body[(i * 4)..], data[i]);
        }
        return bytes;
    }
}
