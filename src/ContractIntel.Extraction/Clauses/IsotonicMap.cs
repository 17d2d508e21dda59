using System.Text.Json.Serialization;

namespace ContractIntel.Extraction.Clauses;

/// <summary>
/// A non-decreasing piecewise-linear map from a raw score to a calibrated one, through the points (X[i], Y[i])
/// (X ascending), flat outside them. Fitted by pool-adjacent-violators; see <see cref="Fit"/>.
/// </summary>
public sealed class IsotonicMap
{
    [JsonPropertyName("x")] public required IReadOnlyList<double> X { get; init; }
    [JsonPropertyName("y")] public required IReadOnlyList<double> Y { get; init; }

    public double Apply(double raw)
    {
        if (X.Count == 0) return 0;
        if (raw <= X[0]) return Y[0];
        if (raw >= X[^1]) return Y[^1];
        var hi = 1;
        while (X[hi] < raw) hi++;
        var lo = hi - 1;
        var span = X[hi] - X[lo];
        return span <= 0 ? Y[hi] : Y[lo] + (Y[hi] - Y[lo]) * (raw - X[lo]) / span;
    }

    /// <summary>
    /// Pool-adjacent-violators on (raw score, is an answer). Each pooled block's value is hits / (count + 1), not
    /// hits / count: a block of three answers out of three is 0.75, so a handful of lucky candidates cannot claim
    /// certainty; the values are then made non-decreasing again.
    /// </summary>
    public static IsotonicMap Fit(IEnumerable<(double Raw, bool Hit)> samples)
    {
        var sorted = samples.OrderBy(s => s.Raw).ToList();
        var blocks = new List<(double Lo, double Hi, double Hits, double Count)>();
        foreach (var (raw, hit) in sorted)
        {
            blocks.Add((raw, raw, hit ? 1 : 0, 1));
            while (blocks.Count > 1 && blocks[^2].Hits / blocks[^2].Count >= blocks[^1].Hits / blocks[^1].Count)
            {
                var (a, b) = (blocks[^2], blocks[^1]);
                blocks.RemoveAt(blocks.Count - 1);
                blocks[^1] = (a.Lo, b.Hi, a.Hits + b.Hits, a.Count + b.Count);
            }
        }
        var x = new List<double>();
        var y = new List<double>();
        var floor = 0.0;
        foreach (var b in blocks)
        {
            floor = Math.Max(floor, b.Hits / (b.Count + 1));
            var v = Math.Round(floor, 5);
            x.Add(Math.Round(b.Lo, 6));
            y.Add(v);
            if (b.Hi > b.Lo)
            {
                x.Add(Math.Round(b.Hi, 6));
                y.Add(v);
            }
        }
        return new IsotonicMap { X = x, Y = y };
    }
}
