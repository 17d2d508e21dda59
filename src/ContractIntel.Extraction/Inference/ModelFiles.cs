using System.Security.Cryptography;
using System.Text;

namespace ContractIntel.Extraction.Inference;

/// <summary>
/// The files that decide a model's output: the manifest (labels, thresholds, input rule), the artifact (weights)
/// and, where present, the calibration. A model's identity is the sha256 of their <c>sha256sum</c>-style listing,
/// so editing a threshold or a calibration changes the identity every run records. <c>SHA256SUMS</c> in the
/// folder is that listing as sealed by <c>models seal</c> or <c>eval clauses --calibrate</c>.
/// </summary>
public static class ModelFiles
{
    public const string SumsFile = "SHA256SUMS";
    public const string ManifestFile = "manifest.json";
    public const string CalibrationFile = "calibration.json";

    /// <summary>The deciding files present in the folder, in a fixed order.</summary>
    public static IReadOnlyList<string> Deciding(string folder, ModelManifest manifest) =>
        new[] { ManifestFile, manifest.Artifact.File, CalibrationFile }.Distinct().Where(f => File.Exists(Path.Combine(folder, f))).ToList();

    /// <summary>"&lt;sha256&gt;  &lt;file&gt;" per deciding file, as sha256sum prints it.</summary>
    public static string Listing(string folder, ModelManifest manifest)
    {
        var listing = new StringBuilder();
        foreach (var file in Deciding(folder, manifest))
            listing.Append(BaseEncoder.Sha256Of(Path.Combine(folder, file))).Append("  ").Append(file).Append('\n');
        return listing.ToString();
    }

    public static string IdentitySha256(string folder, ModelManifest manifest) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Listing(folder, manifest))));

    /// <summary>Writes SHA256SUMS for the folder as it is now.</summary>
    public static void Seal(string folder, ModelManifest manifest) =>
        File.WriteAllText(Path.Combine(folder, SumsFile), Listing(folder, manifest));

    /// <summary>sealed: SHA256SUMS matches the files; changed: it does not; unsealed: there is none.</summary>
    public static string SealState(string folder, ModelManifest manifest)
    {
        var path = Path.Combine(folder, SumsFile);
        if (!File.Exists(path)) return "unsealed";
        return File.ReadAllText(path).ReplaceLineEndings("\n") == Listing(folder, manifest) ? "sealed" : "changed";
    }
}
