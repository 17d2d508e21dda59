using System.Text.Json.Serialization;

namespace ContractIntel.Extraction.Inference;

public sealed class ManifestHead
{
    [JsonPropertyName("weight")] public string Weight { get; init; } = "head.weight";
    [JsonPropertyName("bias")] public string Bias { get; init; } = "head.bias";
}
