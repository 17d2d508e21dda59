using System.Text.Json;

namespace ContractIntel.Eval;

/// <summary>
/// <c>{"predictions": [{"file", "category", "text", "page", "start", "end", "score"}]}</c>: every candidate scored,
/// at most 20 per (contract, category), best first, so CUAD's script (or anyone) can re-score it.
/// </summary>
internal static class CuadPredictionsFile
{
    public static async Task WriteAsync(string path, IReadOnlyList<CuadPrediction> predictions, CancellationToken cancellationToken)
    {
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, new Dictionary<string, IReadOnlyList<CuadPrediction>> { ["predictions"] = predictions }, cancellationToken: cancellationToken);
        await Console.Error.WriteLineAsync($"wrote {predictions.Count} predictions to {path}");
    }
}
