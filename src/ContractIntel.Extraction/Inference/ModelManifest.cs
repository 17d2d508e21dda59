using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContractIntel.Extraction.Inference;

/// <summary>
/// A model's card, <c>models/&lt;name&gt;/manifest.json</c>, as the training pipeline writes it. Only the fields the
/// runtime needs are typed; the rest (training data, hyper-parameters, metrics, intended use) stays raw JSON for
/// <c>models list</c>.
/// </summary>
public sealed class ModelManifest
{
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("version")] public required string Version { get; init; }
    [JsonPropertyName("task")] public required string Task { get; init; }
    [JsonPropertyName("labels")] public required IReadOnlyList<string> Labels { get; init; }
    [JsonPropertyName("multi_label")] public bool MultiLabel { get; init; }
    [JsonPropertyName("pooling")] public string Pooling { get; init; } = "mean";
    [JsonPropertyName("max_length")] public int MaxLength { get; init; } = 128;
    [JsonPropertyName("lowercase")] public bool Lowercase { get; init; } = true;
    [JsonPropertyName("thresholds")] public IReadOnlyDictionary<string, float>? Thresholds { get; init; }
    [JsonPropertyName("base_encoder")] public required ManifestBaseEncoder BaseEncoder { get; init; }
    [JsonPropertyName("artifact")] public required ManifestArtifact Artifact { get; init; }
    [JsonPropertyName("head")] public ManifestHead Head { get; init; } = new();
    [JsonPropertyName("input")] public ManifestInput? Input { get; init; }
    [JsonPropertyName("metrics")] public JsonElement? Metrics { get; init; }
    [JsonPropertyName("intended_use")] public string? IntendedUse { get; init; }
    [JsonPropertyName("licence_note")] public string? LicenceNote { get; init; }

    public static ModelManifest Read(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<ModelManifest>(stream)
            ?? throw new InvalidDataException($"{path}: empty manifest.");
    }
}
