using System.Text.Json.Serialization;

namespace ContractIntel.Extraction.Inference;

public sealed class ManifestBaseEncoder
{
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("onnx_sha256")] public required string OnnxSha256 { get; init; }
    [JsonPropertyName("vocab_sha256")] public required string VocabSha256 { get; init; }
}
