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

    // An upper-case title inside a line: "Exhibit 10.1 MASTER FRANCHISE AGREEMENT This Master ...".
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:[A-Z0-9][A-Z0-9&'/.-]*,?\s+(?:(?:AND|OF|TO|FOR|ON|IN)\s+)?){0,8}(?:AGREEMENT|CONTRACT|AMENDMENT|LEASE|LICENSE|LICENCE|ADDENDUM|MEMORANDUM|PLAN)(?:\s+(?:NO\.\s*\d+|[IVX]+|\d+))?(?![A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex CapsTitle();

    [GeneratedRegex(@"^(?:(?:EXHIBIT|ATTACHMENT|ANNEX|SCHEDULE|APPENDIX)\s+[\w.()-]+\s+|EXECUTION\s+(?:VERSION|COPY)\s+|CONFIDENTIAL\s+|THIS\s+|[\d.()-]+\s+)+", RegexOptions.CultureInvariant)]
    private static partial Regex TitleNoise();

    // "This Distribution Agreement (the "Agreement")": the name the preamble gives the contract.
    [GeneratedRegex(@"\b(?i:this)\s+(?<name>(?:[A-Z][\w'&/-]*\s+(?:and\s+|of\s+|to\s+|for\s+)?){0,7}(?:Agreement|Contract|Amendment|Lease|License|Licence|Addendum))\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ThisAgreement();

    public IReadOnlyList<(string Category, string Source, int Start, int End)> Find(DocumentText document)
    {
        var text = document.Text;
        var spans = new List<(string, string, int, int)>();
        spans.AddRange(Titles(text).Select((t, i) => (DocumentName, i == 0 ? CandidateSources.Title : CandidateSources.TitleMore, t.Start, t.End)));
        spans.AddRange(CapsTitles(text).Select((t, i) => (DocumentName, i == 0 ? CandidateSources.TitleCaps : CandidateSources.TitleMore, t.Start, t.End)));
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

    /// <summary>Upper-case runs ending in an agreement word near the top, without a leading "Exhibit 10.1".</summary>
    internal static IEnumerable<(int Start, int End)> CapsTitles(string text)
    {
        var limit = Math.Min(text.Length, TitleChars);
        var found = 0;
        for (var m = CapsTitle().Match(text, 0, limit); m.Success && found < 3; m = m.NextMatch())
        {
            var noise = TitleNoise().Match(m.Value);
            var start = m.Index + (noise.Success ? noise.Length : 0);
            var end = m.Index + m.Length;
            if (end - start < 6 || !text.AsSpan(start, end - start).ContainsAny(" \t\n")) continue;
            found++;
            yield return (start, end);
        }
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '*' or '_' or '-')) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '*' or '_' or '-' or ':')) end--;
        return (start, end);
    }
}
