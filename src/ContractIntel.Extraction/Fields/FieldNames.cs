namespace ContractIntel.Extraction.Fields;

/// <summary>The names of the fields <see cref="ContractFieldExtractor"/> returns: stable, they are stored and queried.</summary>
public static class FieldNames
{
    public const string Party = "party";
    public const string PartyDefinedName = "party_defined_name";
    public const string AgreementDate = "agreement_date";
    public const string EffectiveDate = "effective_date";
    public const string ExpirationDate = "expiration_date";
    public const string RenewalTerm = "renewal_term";
    public const string RenewalTermSuccessive = "renewal_term_successive";
    public const string NoticePeriodToTerminateRenewal = "notice_period_to_terminate_renewal";
    public const string GoverningLaw = "governing_law";
    public const string Forum = "forum";
    public const string Amount = "amount";
    public const string Percentage = "percentage";
    public const string DefinedTerm = "defined_term";
}
