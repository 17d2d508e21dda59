using System.Globalization;

namespace ContractIntel.Extraction.Fields;

/// <summary>An amount of money at <see cref="Start"/>..<see cref="End"/> with its ISO 4217 currency code.</summary>
public sealed record MoneyMention(int Start, int End, decimal Amount, string Currency)
{
    /// <summary>The normalised value: <c>1250000.00 USD</c>.</summary>
    public string Value => string.Create(CultureInfo.InvariantCulture, $"{Amount:0.00} {Currency}");
}
