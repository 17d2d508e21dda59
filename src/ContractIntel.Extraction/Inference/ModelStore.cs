namespace ContractIntel.Extraction.Inference;

/// <summary>
/// The models folder: one <c>&lt;name&gt;/</c> per model with <c>manifest.json</c> and the artifact it names. Opening a
/// model checks the artifact's sha256 against the manifest and the manifest's base encoder against the pinned one.
/// </summary>
public sealed class ModelStore(InferenceOptions options)
{
    public string Directory { get; } = Path.GetFullPath(InferenceOptions.Resolve(options.ModelsPath));

    /// <summary>Every model folder with a manifest, sorted by name.</summary>
    public IReadOnlyList<(string Folder, ModelManifest Manifest)> List()
    {
        if (!System.IO.Directory.Exists(Directory)) return [];
        return System.IO.Directory.GetDirectories(Directory)
            .Where(d => File.Exists(Path.Combine(d, "manifest.json")))
            .Order(StringComparer.Ordinal)
            .Select(d => (d, ModelManifest.Read(Path.Combine(d, "manifest.json"))))
            .ToList();
    }

    /// <summary>The model folder for <paramref name="name"/>, its manifest and the verified artifact path.</summary>
    public (string Folder, ModelManifest Manifest, string ArtifactPath) Open(string name)
    {
        var folder = Path.Combine(Directory, name);
        var manifestPath = Path.Combine(folder, "manifest.json");
        if (!File.Exists(manifestPath))
        {
            throw new InvalidOperationException($"Model '{name}' not found: no {manifestPath} (setting {InferenceOptions.SectionName}:ModelsPath).");
        }
        var manifest = ModelManifest.Read(manifestPath);
        return (folder, manifest, Verify(folder, manifest));
    }

    internal static string Verify(string folder, ModelManifest manifest)
    {
        if (manifest.BaseEncoder.OnnxSha256 != BaseEncoder.OnnxSha256 || manifest.BaseEncoder.VocabSha256 != BaseEncoder.VocabSha256)
        {
            throw new InvalidOperationException(
                $"Model '{manifest.Name}' was trained on another base encoder (onnx {manifest.BaseEncoder.OnnxSha256}); this build ships {BaseEncoder.OnnxSha256}.");
        }
        var artifact = Path.Combine(folder, manifest.Artifact.File);
        if (!File.Exists(artifact)) throw new InvalidOperationException($"Model '{manifest.Name}': artifact {artifact} is missing.");
        var actual = BaseEncoder.Sha256Of(artifact);
        if (!string.Equals(actual, manifest.Artifact.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"Model '{manifest.Name}': artifact {manifest.Artifact.File} has sha256 {actual}, the manifest says {manifest.Artifact.Sha256}.");
        }
        return artifact;
    }
}
