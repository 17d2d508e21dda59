using System.Text.RegularExpressions;
using ContractIntel.Extraction.Documents;

namespace ContractIntel.Extraction.Fields;

/// <summary>
/// The agreement date (the date in the preamble: "made as of May 8, 2014", "dated the 8th day of May, 2014",
/// a "Dated:" line) and the effective date (a date defined as the "Effective Date", "effective as of May 8,
/// 2014", "shall commence on", or the agreement date where the contract says it takes effect on "the date first
/// written above"). A preamble that dates itself "as of the date last signed below" has no agreement date.
/// </summary>
public sealed partial class AgreementDatesExtractor
{
    public const string Name = "agreement_dates";
    public const string Version = "1.0.0";

    private const int PreambleChars = 12_000;
    private const int TitleChars = 1_000;
    private readonly DateExtractor _dates = new();
    private readonly DefinedTermExtractor _terms = new();

    [GeneratedRegex(@"\b(?:dated|made|entered\s+into|executed|signed|effective|concluded|as\s+of|day\s+of|is\s+entered|on|this|date[d]?\s*:)\W+(?:\w+\W+){0,6}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatingWords();

    [GeneratedRegex(@"\b(?:date\s+(?:of\s+)?(?:the\s+)?last\s+(?:signed|signature|executed|party)|last\s+date\s+(?:signed|of\s+signature|on\s+which)|date\s+(?:on\s+which|when)\s+(?:this\s+agreement\s+)?(?:is|has\s+been)\s+(?:fully\s+)?(?:executed|signed)|latest\s+(?:date\s+)?(?:of\s+)?(?:the\s+)?signature|date\s+of\s+(?:full\s+)?execution\s+(?:by|of)\s+(?:both|all|the\s+last))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignedBelow();

    [GeneratedRegex(@"\b(?:as\s+of|on|dated|from)\s+the\s+Effective\s+Date\b", RegexOptions.CultureInvariant)]
    private static partial Regex EffectiveDateReference();

    [GeneratedRegex(@"IN\s+WITNESS\s+WHEREOF", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WitnessWhereof();

    [GeneratedRegex(@"\b(?:Date|Dated|Signed\s+on|Executed\s+on)\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"\bWHEREAS\b|\bRECITALS?\b|\bW\s?I\s?T\s?N\s?E\s?S\s?S\s?E\s?T\s?H\b|\bNOW,?\s+THEREFORE\b|\bBACKGROUND\b|\bagrees?\s+as\s+follows\b", RegexOptions.CultureInvariant)]
    private static partial Regex PreambleEnd();

    [GeneratedRegex(@"\b(?:agreement|contract|amendment|lease|license|licence|addendum|memorandum|plan)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgreementWord();

    [GeneratedRegex(@"\b(?:(?:date|day)\s+(?:and\s+year\s+)?first\s+(?:above\s+)?(?:written|set\s+forth|stated|mentioned|indicated|listed)(?:\s+above)?|date\s+(?:set\s+forth|written)\s+(?:above|first\s+above)|date\s+hereof|date\s+of\s+this\s+(?:agreement|contract)|above\s+written\s+date)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateAbove();

    [GeneratedRegex(@"[""“”]?Effective\s+Date[""“”]?\s+(?:shall\s+)?(?:means?|is|refers\s+to|shall\s+be)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EffectiveDateMeans();

    [GeneratedRegex(@"\b(?:effective\s+(?:as\s+)?(?:of|on|from|upon|beginning)?|effective\s+date(?:\s+of\s+(?:this|the)\s+\w+)?\s*(?:(?:will|shall)\s+be|is|:)|commencement\s+date(?:\s+(?:for|of)\s+[^.:]{0,40}?)?\s*(?:(?:will|shall)\s+be|is|:)|(?:shall|will)\s+(?:commence|begin|start|become\s+effective|take\s+effect|be\s+effective|come\s+into\s+(?:force|effect))\s+(?:as\s+of|on|from)?|(?:term|agreement)\b[^.]{0,40}\b(?:begins?|commences?|starts?)\s+(?:on|as\s+of)?|\bbeginning(?:\s+on)?)\s*(?:the\s+)?(?:date\s+of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EffectiveWords();

    public IReadOnlyList<ExtractedField> Extract(DocumentText document)
    {
        var text = document.Text;
        var fields = new List<ExtractedField>();
        var agreement = AgreementDate(text);
        if (agreement is not null) fields.Add(Field(document, FieldNames.AgreementDate, agreement, 0.9));
        var effective = EffectiveDate(text, agreement);
        if (effective is not null) fields.Add(Field(document, FieldNames.EffectiveDate, effective.Value.Date, effective.Value.Confidence, effective.Value.Start, effective.Value.End));
        return fields;
    }

    /// <summary>The first preamble date that dating words lead to ("made as of", "dated", "this 8th day of").</summary>
    internal DateMention? AgreementDate(string text)
    {
        var limit = Math.Min(text.Length, PreambleChars);
        var end = PreambleEnd().Match(text, 0, limit);
        // Before the recitals; a table of contents can push them far, so never less than the first 3000 characters.
        var to = end.Success ? Math.Max(end.Index, Math.Min(limit, 3000)) : limit;
        var lastSigned = SignedBelow().Match(text, 0, to);
        var preamble = _dates.Find(text, 0, to);
        foreach (var d in preamble)
        {
            if (lastSigned.Success && lastSigned.Index < d.Start) break;
            var (s, _) = TextSpans.SentenceAround(text, d.Start, 800);
            var lead = text[Math.Max(s, d.Start - 120)..d.Start];
            if (!DatingWords().IsMatch(lead)) continue;
            if (AgreementWord().Match(text, s, Math.Min(text.Length, d.End + 400) - s) is { Success: false }) continue;
            return d;
        }
        // A date by the title, before the preamble names the parties: "May 3, 2016 NON-EXCLUSIVE LICENSE AGREEMENT".
        var title = Math.Min(to, TitleChars);
        if (!lastSigned.Success && preamble.Count > 0 && preamble[0].Start < title) return preamble[0];
        // "entered into as of the Effective Date (as defined below)": the agreement is dated by that definition.
        if (EffectiveDateReference().Match(text, 0, to) is { Success: true } && EffectiveDate(text, null) is { } defined) return defined.Date;
        // Undated preambles are dated by their signatures; "as of the date last signed" means the latest one.
        var signed = SignatureDates(text);
        if (signed.Count == 0) return null;
        return lastSigned.Success ? signed.MaxBy(d => d.AsDate ?? DateOnly.MinValue) : signed[0];
    }

    [GeneratedRegex(@"\b(?:effective|take\s+effect|commence\w*|begin\w*)\b[^.]{0,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EffectiveLead();

    private DateMention? LatestSignature(string text) => SignatureDates(text).MaxBy(d => d.AsDate ?? DateOnly.MinValue);

    // "the date of last signature", "the date the last party hereto has executed", "fully executed".
    [GeneratedRegex(@"\b(?:last|latest|later|most\s+recent|final)\s+(?:\w+\s+){0,3}(?:signature|signed|sign|execut\w*|signatory)|\b(?:fully|mutually)\s+executed|\bexecution\s+(?:by|of)\s+both|\bboth\s+parties\s+(?:sign|have\s+signed|execute)|\bdate\s+of\s+signature", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignedLast();

    /// <summary>"Date: November 5, 2019" lines after IN WITNESS WHEREOF (or anywhere, when the contract has no such line).</summary>
    private List<DateMention> SignatureDates(string text)
    {
        var witness = WitnessWhereof().Match(text);
        var from = witness.Success ? witness.Index : 0;
        return _dates.Find(text, from, text.Length)
            .Where(d => DateLabel().IsMatch(text.AsSpan(Math.Max(from, d.Start - 25), d.Start - Math.Max(from, d.Start - 25))))
            .ToList();
    }

    internal (DateMention Date, int Start, int End, double Confidence)? EffectiveDate(string text, DateMention? agreement)
    {
        var signedLast = SignedLast();
        // 1. A date defined as the Effective Date: "as of May 8, 2014 (the "Effective Date")".
        foreach (var t in _terms.Find(text))
        {
            if (!t.Term.Equals("Effective Date", StringComparison.OrdinalIgnoreCase)) continue;
            var before = Math.Max(0, t.Start - 150);
            var found = _dates.Find(text, before, t.Start);
            var date = found.Count > 0 ? found[^1] : null;
            if (date is not null) return (date, date.Start, date.End, 0.95);
            var above = DateAbove().Match(text, before, t.Start - before);
            if (above.Success && agreement is not null) return (agreement, above.Index, above.Index + above.Length, 0.8);
            var last = signedLast.Match(text, before, t.Start - before);
            if (last.Success && LatestSignature(text) is { } signed) return (signed, signed.Start, signed.End, 0.7);
        }
        // 2. "Effective Date" means May 8, 2014 / the date first written above.
        for (var m = EffectiveDateMeans().Match(text); m.Success; m = m.NextMatch())
        {
            var to = Math.Min(text.Length, m.Index + m.Length + 200);
            var (_, sentenceEnd) = TextSpans.SentenceAround(text, m.Index + m.Length, 400);
            to = Math.Min(to, sentenceEnd);
            var found = _dates.Find(text, m.Index + m.Length, to);
            var date = found.Count > 0 ? found[0] : null;
            var above = DateAbove().Match(text, m.Index + m.Length, to - m.Index - m.Length);
            if (date is not null && (!above.Success || date.Start < above.Index)) return (date, date.Start, date.End, 0.9);
            if (above.Success && agreement is not null) return (agreement, above.Index, above.Index + above.Length, 0.8);
            if (signedLast.Match(text, m.Index, to - m.Index).Success && LatestSignature(text) is { } signed) return (signed, signed.Start, signed.End, 0.7);
        }
        // 3. "effective as of May 8, 2014", "shall commence on May 8, 2014", "effective as of the date hereof".
        foreach (var d in _dates.Find(text))
        {
            var lead = text[Math.Max(0, d.Start - 60)..d.Start];
            if (EffectiveWords().IsMatch(lead)) return (d, d.Start, d.End, 0.85);
        }
        for (var m = SignedLast().Match(text); m.Success; m = m.NextMatch())
        {
            var lead = text[Math.Max(0, m.Index - 80)..m.Index];
            if (EffectiveLead().IsMatch(lead) && LatestSignature(text) is { } signed) return (signed, signed.Start, signed.End, 0.7);
        }
        for (var m = DateAbove().Match(text); m.Success && agreement is not null; m = m.NextMatch())
        {
            var lead = text[Math.Max(0, m.Index - 60)..m.Index];
            if (EffectiveWords().IsMatch(lead)) return (agreement, m.Index, m.Index + m.Length, 0.75);
        }
        return null;
    }

    private static ExtractedField Field(DocumentText document, string name, DateMention date, double confidence) =>
        Field(document, name, date, confidence, date.Start, date.End);

    private static ExtractedField Field(DocumentText document, string name, DateMention date, double confidence, int start, int end) =>
        new(name, date.Iso, document.Text[start..end], document.PageAt(start), start, end, confidence, Name, Version);
}
