using System.Text.Json.Serialization;

namespace ContractIntel.Extraction.Inference;

public sealed class ManifestArtifact
{
    [JsonPropertyName("file")] public string File { get; init; } = "weights.npz";
    [JsonPropertyName("sha256")] public required string Sha256 { get; init; }
    [JsonPropertyName("bytes")] public long Bytes { get; init; }
}
