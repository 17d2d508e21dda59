using System.Text.RegularExpressions;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Fields;

namespace ContractIntel.Extraction.Clauses;

/// <summary>
/// Short-answer candidates from the field rules: the title lines (Document Name), party names and their defined
/// terms (Parties), the date phrases (Agreement, Effective, Expiration Date) and the duration phrases (Renewal
/// Term, Notice Period To Terminate Renewal, Expiration Date). Each is (category, source, start, end).
/// </summary>
public sealed partial class FieldSpans
{
    public const string DocumentName = "Document Name";
    public const string Parties = "Parties";
    public const string AgreementDate = "Agreement Date";
    public const string EffectiveDate = "Effective Date";
    public const string ExpirationDate = "Expiration Date";
    public const string RenewalTerm = "Renewal Term";
    public const string NoticePeriod = "Notice Period To Terminate Renewal";

    private const int TitleChars = 3000;
    private const int MaxTitleLines = 6;

    private readonly PartyExtractor _parties = new();
    private readonly AgreementDatesExtractor _agreementDates = new();
    private readonly TermExtractor _term = new();
    private readonly DateExtractor _dates = new();
    private readonly DurationExtractor _durations = new();

    [GeneratedRegex(@"\b(?:agreement|contract|amendment|lease|license|licence|addendum|memorandum|plan|terms\s+and\s+conditions|deed|note|guarantee?y?|indenture)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgreementWord();

    // "This Distribution Agreement (the "Agreement")": the name the preamble gives the contract.
    [GeneratedRegex(@"\b[Tt]his\s+(?<name>(?:[A-Z][\w'&/-]*\s+(?:and\s+|of\s+|to\s+|for\s+)?){0,7}(?:Agreement|Contract|Amendment|Lease|License|Licence|Addendum))\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ThisAgreement();

    public IReadOnlyList<(string Category, string Source, int Start, int End)> Find(DocumentText document)
    {
        var text = document.Text;
        var spans = new List<(string, string, int, int)>();
        spans.AddRange(Titles(text).Select((t, i) => (DocumentName, i == 0 ? CandidateSources.Title : CandidateSources.TitleMore, t.Start, t.End)));
        foreach (var f in _parties.Extract(document))
        {
            if (f.Name == FieldNames.Party) spans.Add((Parties, CandidateSources.Party, f.Start, f.End));
            if (f.Name != FieldNames.PartyDefinedName) continue;
            spans.Add((Parties, CandidateSources.PartyWithTerm, f.Start, f.End));
            var at = text.LastIndexOf(f.Value, f.End, f.End - f.Start, StringComparison.Ordinal);
            if (at >= 0) spans.Add((Parties, CandidateSources.Party, at, at + f.Value.Length));
        }
        var picked = new HashSet<(string, int, int)>();
        var dates = _agreementDates.Extract(document);
        DateMention? effective = null;
        foreach (var f in dates)
        {
            var category = f.Name == FieldNames.AgreementDate ? AgreementDate : EffectiveDate;
            spans.Add((category, CandidateSources.FieldDate, f.Start, f.End));
            picked.Add((category, f.Start, f.End));
            if (f.Name != FieldNames.EffectiveDate && effective is not null) continue;
            var found = _dates.Find(text, f.Start, f.End);
            effective = found.Count > 0 ? found[0] : null;
        }
        foreach (var f in _term.Extract(document, [], effective))
        {
            var category = f.Name switch
            {
                FieldNames.ExpirationDate => ExpirationDate,
                FieldNames.RenewalTerm => RenewalTerm,
                FieldNames.NoticePeriodToTerminateRenewal => NoticePeriod,
                _ => null,
            };
            if (category is null || !picked.Add((category, f.Start, f.End))) continue;
            spans.Add((category, category == ExpirationDate ? CandidateSources.FieldDate : CandidateSources.FieldDuration, f.Start, f.End));
        }
        foreach (var d in _dates.Find(text))
        {
            foreach (var category in new[] { AgreementDate, EffectiveDate, ExpirationDate })
                if (!picked.Contains((category, d.Start, d.End))) spans.Add((category, CandidateSources.Date, d.Start, d.End));
        }
        foreach (var d in _durations.Find(text))
        {
            foreach (var category in new[] { RenewalTerm, NoticePeriod, ExpirationDate })
                if (!picked.Contains((category, d.Start, d.End))) spans.Add((category, CandidateSources.Duration, d.Start, d.End));
        }
        return spans;
    }

    /// <summary>Short lines near the top that name a kind of agreement, and the name a "This ... Agreement" gives.</summary>
    internal static IEnumerable<(int Start, int End)> Titles(string text)
    {
        var limit = Math.Min(text.Length, TitleChars);
        var found = 0;
        for (var start = 0; start < limit && found < MaxTitleLines;)
        {
            var end = text.IndexOf('\n', start, limit - start);
            if (end < 0) end = limit;
            var (s, e) = Trim(text, start, end);
            if (e - s is >= 4 and <= 150 && AgreementWord().IsMatch(text.AsSpan(s, e - s)) && !text.AsSpan(s, e - s).Contains(". ", StringComparison.Ordinal))
            {
                found++;
                yield return (s, e);
            }
            start = end + 1;
        }
        var m = ThisAgreement().Match(text, 0, limit);
        if (m.Success) yield return (m.Groups["name"].Index, m.Groups["name"].Index + m.Groups["name"].Length);
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '*' or '_' or '-')) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '*' or '_' or '-' or ':')) end--;
        return (start, end);
    }
}
