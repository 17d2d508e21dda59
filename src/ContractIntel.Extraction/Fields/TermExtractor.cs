using System.Text.RegularExpressions;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Inference;

namespace ContractIntel.Extraction.Fields;

/// <summary>
/// The expiration date, the renewal term and the notice period to stop a renewal, from the term clause.
/// Expiration is a stated date ("shall expire on December 31, 2020"), <c>perpetual</c> ("shall continue until
/// terminated", "in perpetuity"), or the effective date plus a stated initial term ("for a period of five (5)
/// years from the Effective Date"), the way CUAD's answers compute it. The renewal term is an ISO duration;
/// <see cref="FieldNames.RenewalTermSuccessive"/> (<c>true</c>) is added when renewals repeat.
/// </summary>
public sealed partial class TermExtractor
{
    public const string Name = "term";
    public const string Version = "1.0.0";

    private readonly DateExtractor _dates = new();
    private readonly DurationExtractor _durations = new();

    [GeneratedRegex(@"\b(?:term\s+of\s+this|this\s+(?:\w+\s+){0,3}agreement|the\s+(?:initial\s+)?term|term\s+hereof)\b[^.;]{0,250}?\b(?:continue|remain|be\s+in\s+effect|in\s+(?:full\s+)?(?:force|effect))\b[^.;]{0,120}?\b(?:until\s+(?:(?:such\s+time\s+as\s+)?(?:it\s+is\s+|this\s+agreement\s+is\s+)?terminated|terminated)|perpetu\w*|indefinite(?:ly)?|in\s+perpetuity)\b|\b(?:term\s+of\s+this\s+agreement|the\s+term)\s+(?:is|shall\s+be)\s+(?:perpetual|indefinite)|\b(?:continue|remain)\w*\s+(?:in\s+(?:full\s+)?(?:force|effect)\s+)?(?:for|in)\s+perpetuity\b|\b(?:end|expire|terminate)s?\s+(?:only\s+)?when\s+terminated\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Perpetual();

    [GeneratedRegex(@"\b(?:term|expire|expiration|terminate|continue|remain|effect)\w*\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TermWord();

    [GeneratedRegex(@"\b(?:until|through|thru|to|expir\w*(?:\s+(?:on|at))?|terminat\w*\s+(?:on|at)|end\w*\s+(?:on|at)|ending|expiry\s+date\s+(?:of|is)|up\s+to\s+and\s+including)\s+(?:(?:11:59|12:00|midnight|5:00|the\s+close\s+of\s+business)[^,]{0,40}?(?:on\s+)?)?(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndsOn();

    [GeneratedRegex(@"\b(?:(?:initial\s+)?term|period|duration)\s+(?:of\s+this\s+agreement\s+)?(?:(?:is|shall\s+be|will\s+be)\s+)?(?:of\s+|for\s+)?(?:a\s+period\s+of\s+)?$|\b(?:continue|remain\s+in\s+(?:full\s+)?(?:force\s+and\s+)?effect|be\s+in\s+effect|in\s+effect)\s+(?:for\s+)?(?:a\s+(?:period|term)\s+of\s+)?(?:an?\s+(?:initial\s+)?(?:period|term)\s+of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InitialTermLead();

    [GeneratedRegex(@"^\W{0,3}(?:\s*(?:\(|the\s+)?[""“]?initial\s+term[""”]?\)?)?\s*(?:(?:from|after|following|commencing\s+(?:on|with)|beginning\s+(?:on|with)|starting\s+(?:on|with)|as\s+of)\s+(?:the\s+)?(?:effective\s+date|date\s+(?:hereof|of\s+this\s+agreement|of\s+execution|first\s+(?:above\s+)?written)|execution\s+date|commencement\s+date|signing)|unless|,|\.|;)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromEffective();

    [GeneratedRegex(@"\b(?:renew\w*|extend\w*|extension)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RenewWord();

    [GeneratedRegex(@"\b(?:automatic\w*|successive|additional|subsequent|consecutive|further|renewal\s+terms?|renewal\s+periods?|year[\s-]to[\s-]year|month[\s-]to[\s-]month|unless)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RenewalShape();

    [GeneratedRegex(@"\b(?:successive|consecutive|subsequent|year[\s-]to[\s-]year|month[\s-]to[\s-]month|thereafter|each\s+year)\b|\b(?:additional|renewal|further)\s+(?:\S+\s+){0,4}?(?:periods|terms)\b|\bperiods\s+of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Successive();

    [GeneratedRegex(@"\b(?:year|month)[\s-]to[\s-](?<unit>year|month)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ToBasis();

    [GeneratedRegex(@"^[\s'’s]*(?:\)|written|prior|advance|notice|before|in\s+advance|preceding|of\s+(?:the|its|such)|written\s+notice)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoticeAfter();

    [GeneratedRegex(@"\b(?:notice|notify|notification)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoticeWord();

    public IReadOnlyList<ExtractedField> Extract(DocumentText document, IReadOnlyList<ClauseFinding> clauses, DateMention? effective)
    {
        var text = document.Text;
        var fields = new List<ExtractedField>();
        var expiration = Expiration(document, clauses, effective);
        if (expiration is not null) fields.Add(expiration);
        fields.AddRange(Renewal(document, clauses));
        return fields;
    }

    private static IEnumerable<(int Start, int End)> Sentences(string text, IReadOnlyList<ClauseFinding> clauses, string category, Regex word)
    {
        var seen = new HashSet<(int, int)>();
        foreach (var c in clauses.Where(c => c.Category.Equals(category, StringComparison.OrdinalIgnoreCase)).OrderByDescending(c => c.Score))
            if (seen.Add((c.Start, c.End))) yield return (c.Start, c.End);
        for (var m = word.Match(text); m.Success; m = m.NextMatch())
        {
            if (TextSpans.OnSourceLine(text, m.Index)) continue;
            var s = TextSpans.SentenceAround(text, m.Index, 900);
            if (seen.Add(s)) yield return s;
        }
    }

    private ExtractedField? Expiration(DocumentText document, IReadOnlyList<ClauseFinding> clauses, DateMention? effective)
    {
        var text = document.Text;
        foreach (var (s, e) in Sentences(text, clauses, "Expiration Date", TermWord()))
        {
            if (!Regex.IsMatch(text.AsSpan(s, e - s), @"\b(?:term|expire|expiration|continue|remain\s+in|in\s+(?:full\s+)?(?:force|effect))\b", RegexOptions.IgnoreCase)) continue;
            var p = Perpetual().Match(text, s, e - s);
            if (p.Success) return new(FieldNames.ExpirationDate, "perpetual", text[p.Index..(p.Index + p.Length)], document.PageAt(p.Index), p.Index, p.Index + p.Length, 0.75, Name, Version);
            foreach (var d in _dates.Find(text, s, e))
            {
                if (!EndsOn().IsMatch(text.AsSpan(Math.Max(s, d.Start - 60), d.Start - Math.Max(s, d.Start - 60)).ToString())) continue;
                return new(FieldNames.ExpirationDate, d.Iso, text[d.Start..d.End], document.PageAt(d.Start), d.Start, d.End, 0.85, Name, Version);
            }
            if (effective?.AsDate is not DateOnly from) continue;
            var computed = FromTermLength(document, s, e, from);
            if (computed is not null) return computed;
        }
        return null;
    }

    /// <summary>
    /// "for a period of five (5) years", "until the fourth anniversary of the Effective Date": the effective date
    /// plus the initial term. A term counted from another event ("from the Launch Date") has no date yet.
    /// </summary>
    private ExtractedField? FromTermLength(DocumentText document, int s, int e, DateOnly from)
    {
        var text = document.Text;
        var anniversary = Anniversary().Match(text, s, e - s);
        if (anniversary.Success && (anniversary.Groups["n"].Success ? int.Parse(anniversary.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : NumberWords.Parse(anniversary.Groups["w"].Value)) is int years and > 0)
        {
            // CUAD's answers put "the day prior to the second anniversary" on the anniversary itself; so do we.
            return Computed(document, from.AddYears(years), anniversary.Index, anniversary.Index + anniversary.Length);
        }
        foreach (var d in _durations.Find(text, s, e))
        {
            if (d.Unit is not ('Y' or 'M') || IsNotice(text, d, e)) continue;
            var lead = text[Math.Max(s, d.Start - 80)..d.Start];
            var after = text[d.End..Math.Min(e, d.End + 120)];
            if (!InitialTermLead().IsMatch(lead) || !FromEffective().IsMatch(after) || OtherEvent().IsMatch(after)) continue;
            return Computed(document, d.Unit == 'Y' ? from.AddYears(d.Amount) : from.AddMonths(d.Amount), d.Start, d.End);
        }
        return null;
    }

    private static ExtractedField Computed(DocumentText document, DateOnly until, int start, int end) =>
        new(FieldNames.ExpirationDate, until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), document.Text[start..end], document.PageAt(start), start, end, 0.6, Name, Version);

    [GeneratedRegex(@"(?:(?<n>\d{1,2})\s*(?:s\s?t|n\s?d|r\s?d|t\s?h)?|(?<w>" + NumberWords.Pattern + @")(?:\s*\(\s*\d{1,2}\s*(?:s\s?t|n\s?d|r\s?d|t\s?h)?\s*\))?)\s*(?:\(\s*\d+\s*\)\s*)?(?:-\s*)?(?:year\s+)?anniversary\s+of\s+the\s+(?:effective\s+date|date\s+(?:hereof|of\s+this\s+agreement)|commencement\s+date|execution\s+date)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Anniversary();



    // A term counted from an event that has no date in the contract.
    [GeneratedRegex(@"^[^.;]{0,40}?\b(?:from|after|following|commencing\s+(?:on|with)|beginning\s+(?:on|with))\s+(?!(?:the\s+)?(?:effective\s+date|date\s+(?:hereof|of\s+this|first|of\s+execution|of\s+signature)|execution|signing|commencement\s+date|effective\s+time))(?:the\s+)?\w", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherEvent();

    private IEnumerable<ExtractedField> Renewal(DocumentText document, IReadOnlyList<ClauseFinding> clauses)
    {
        var text = document.Text;
        foreach (var (s, e) in Sentences(text, clauses, "Renewal Term", RenewWord()))
        {
            var span = text.AsSpan(s, e - s);
            if (!RenewWord().IsMatch(span) || !RenewalShape().IsMatch(span)) continue;
            var renew = RenewWord().Match(text, s, e - s);
            DurationMention? term = null;
            foreach (var d in _durations.Find(text, renew.Index, e))
            {
                if (IsNotice(text, d, e)) continue;
                term = d;
                break;
            }
            var basis = ToBasis().Match(text, s, e - s);
            if (term is null && !basis.Success) continue;
            var successive = Successive().IsMatch(span);
            var (value, rs, re) = term is not null
                ? (term.Iso, term.Start, term.End)
                : (basis.Groups["unit"].Value.StartsWith('y') || basis.Groups["unit"].Value.StartsWith('Y') ? "P1Y" : "P1M", basis.Index, basis.Index + basis.Length);
            yield return new(FieldNames.RenewalTerm, value, text[rs..re], document.PageAt(rs), rs, re, 0.8, Name, Version);
            if (successive) yield return new(FieldNames.RenewalTermSuccessive, "true", text[rs..re], document.PageAt(rs), rs, re, 0.7, Name, Version);
            var notice = Notice(text, s, e);
            if (notice is not null)
                yield return new(FieldNames.NoticePeriodToTerminateRenewal, notice.Iso, text[notice.Start..notice.End], document.PageAt(notice.Start), notice.Start, notice.End, 0.75, Name, Version);
            yield break;
        }
    }

    private static bool IsNotice(string text, DurationMention d, int end)
    {
        var after = text[d.End..Math.Min(end, d.End + 40)];
        var before = text[Math.Max(0, d.Start - 40)..d.Start];
        return NoticeAfter().IsMatch(after) || Regex.IsMatch(before, @"\b(?:notice|least|than|within)\W+(?:\w+\W+){0,2}$", RegexOptions.IgnoreCase);
    }

    /// <summary>The notice to stop a renewal: in the renewal sentence or the next two.</summary>
    private DurationMention? Notice(string text, int start, int end)
    {
        var to = end;
        for (var i = 0; i < 2 && to < text.Length - 1; i++) to = TextSpans.SentenceAround(text, to + 1, 900).End;
        foreach (var d in _durations.Find(text, start, to))
        {
            if (d.Unit is 'Y' && d.Amount > 1) continue;
            var window = text[Math.Max(start, d.Start - 120)..Math.Min(to, d.End + 120)];
            if (IsNotice(text, d, to) && NoticeWord().IsMatch(window)) return d;
        }
        return null;
    }
}
