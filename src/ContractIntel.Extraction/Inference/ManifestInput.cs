using System.Text.Json.Serialization;

namespace ContractIntel.Extraction.Inference;

/// <summary>
/// The input rule the training pipeline used (cuad-minilm 2.x): what text a unit is and how a long one is cut.
/// Absent in older manifests, whose long units are scored window by window.
/// </summary>
public sealed class ManifestInput
{
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("truncation")] public string? Truncation { get; init; }

    /// <summary>True when training kept only the first max_length tokens ("[CLS] first max_length-2 ... [SEP]").</summary>
    public bool TruncatesToFirstWindow => Truncation?.Contains("first", StringComparison.OrdinalIgnoreCase) == true;
}
