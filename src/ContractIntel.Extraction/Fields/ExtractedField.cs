namespace ContractIntel.Extraction.Fields;

/// <summary>
/// One normalised contract field with its evidence. <see cref="Value"/> is normalised: ISO 8601 date
/// (<c>2014-05-08</c>) or duration (<c>P1Y</c>), <c>perpetual</c>, a jurisdiction name, a party name, or an
/// amount like <c>1250000.00 USD</c>. <see cref="Raw"/> is the contract's own words at Start..End.
/// </summary>
public sealed record ExtractedField(
    string Name, string Value, string Raw, int Page, int Start, int End, double Confidence, string Extractor, string ExtractorVersion);
