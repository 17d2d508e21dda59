using System.Globalization;

namespace ContractIntel.Extraction.Fields;

/// <summary>
/// A date written in the text at <see cref="Start"/>..<see cref="End"/>. Month and day are null when the contract
/// leaves them blank ("____ day of May, 2014"), so <see cref="Iso"/> is ISO 8601 at reduced precision
/// (<c>2014-05-08</c>, <c>2014-05</c> or <c>2014</c>) rather than a guessed day.
/// </summary>
public sealed record DateMention(int Start, int End, int Year, int? Month, int? Day)
{
    public string Iso => (Month, Day) switch
    {
        (int m, int d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
        (int m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    public bool IsComplete => Month is not null && Day is not null;

    public DateOnly? AsDate => IsComplete ? new DateOnly(Year, Month!.Value, Day!.Value) : null;
}
