using System.Globalization;

namespace ContractIntel.Extraction.Fields;

/// <summary>A length of time at <see cref="Start"/>..<see cref="End"/>; <see cref="Unit"/> is D, W, M or Y.</summary>
public sealed record DurationMention(int Start, int End, int Amount, char Unit)
{
    /// <summary>ISO 8601: <c>P30D</c>, <c>P1Y</c>, <c>P6M</c>.</summary>
    public string Iso => string.Create(CultureInfo.InvariantCulture, $"P{Amount}{Unit}");
}
