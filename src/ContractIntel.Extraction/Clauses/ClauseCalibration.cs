using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContractIntel.Extraction.Clauses;

/// <summary>
/// <c>calibration.json</c> in a clause model's folder, written by <c>eval clauses --calibrate</c>. Per category
/// and candidate source, an isotonic map from the raw model score to the share of such candidates that were a
/// CUAD answer on the calibration contracts (training fold, out of the model's fit). A finding is stored when
/// its calibrated score is at least <see cref="OperatingPoint"/> and its category is enabled; a category with
/// too few answers on the calibration contracts is disabled rather than guessed.
/// </summary>
public sealed class ClauseCalibration
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public const string FileName = "calibration.json";

    [JsonPropertyName("method")] public string Method { get; init; } = "isotonic";
    [JsonPropertyName("operating_point")] public required double OperatingPoint { get; init; }
    [JsonPropertyName("operating_point_rule")] public string? OperatingPointRule { get; init; }
    [JsonPropertyName("min_answers")] public int MinAnswers { get; init; }
    [JsonPropertyName("contracts")] public required IReadOnlyList<string> Contracts { get; init; }
    [JsonPropertyName("artifact_sha256")] public required string ArtifactSha256 { get; init; }
    [JsonPropertyName("categories")] public required IReadOnlyDictionary<string, CategoryCalibration> Categories { get; init; }

    public static ClauseCalibration? Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<ClauseCalibration>(stream) ?? throw new InvalidDataException($"{path}: empty calibration.");
    }

    public bool Enabled(string category) => Categories.TryGetValue(category, out var c) && c.Enabled;

    /// <summary>The calibrated score; 0 for a (category, source) the calibration never saw.</summary>
    public float Apply(string category, string source, float raw) =>
        Categories.TryGetValue(category, out var c) && c.Sources.TryGetValue(source, out var map) ? (float)map.Apply(raw) : 0f;

    public string ToJson() => JsonSerializer.Serialize(this, Indented);
}
