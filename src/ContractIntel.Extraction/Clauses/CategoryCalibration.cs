using System.Text.Json.Serialization;

namespace ContractIntel.Extraction.Clauses;

/// <summary>One category's calibration: whether it is reported by default, the evidence, one map per source.</summary>
public sealed class CategoryCalibration
{
    [JsonPropertyName("enabled")] public required bool Enabled { get; init; }
    [JsonPropertyName("answers")] public int Answers { get; init; }
    [JsonPropertyName("contracts_with_answer")] public int ContractsWithAnswer { get; init; }
    [JsonPropertyName("matching_candidates")] public int MatchingCandidates { get; init; }
    [JsonPropertyName("sources")] public required IReadOnlyDictionary<string, IsotonicMap> Sources { get; init; }
}
