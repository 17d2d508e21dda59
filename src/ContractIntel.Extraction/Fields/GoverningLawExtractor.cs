using System.Text.RegularExpressions;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Inference;

namespace ContractIntel.Extraction.Fields;

/// <summary>
/// The governing law ("governed by the laws of the State of New York" → <c>New York</c>) and, where the
/// contract names one, the forum ("the courts of Tel-Aviv, Israel"). A sentence the clause model marked as
/// Governing Law is tried first; otherwise the first sentence that says the agreement is governed, construed
/// or interpreted by a named law. A state or province wins over its country ("the laws of the State of
/// Delaware and the federal laws of the United States" → <c>Delaware</c>).
/// </summary>
public sealed partial class GoverningLawExtractor
{
    public const string Name = "governing_law";
    public const string Version = "1.0.0";

    [GeneratedRegex(@"\b(?:govern(?:ed|s|ing)?|constru(?:ed|e|ction)|interpret(?:ed|ation)|controlled|shall\s+apply|applicable\s+law)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoverningWord();

    // Where the named law starts: "laws of", "law of", "legislation of", "laws in force in".
    [GeneratedRegex(@"\b(?:laws?|legislation)(?:\s+and\s+decisions)?\s+(?:(?:in\s+force|prevailing|applicable)\s+in|of|in)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LawOf();

    // "New York law", "English law": the place is right before the word.
    [GeneratedRegex(@"\s+(?:substantive\s+)?laws?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LawAfterPlace();

    // The named law ends where the clause turns to something else.
    [GeneratedRegex(@"[;.]\s|\b(?:without|excluding|exclusive|except|regardless|notwithstanding|irrespective|including|applicable\s+to|as\s+applied|that\s+apply|and\s+(?:the\s+)?(?:parties|each|venue|all|any|shall|to\s+the)|shall\b|will\b|which\b|in\s+respect|courts?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseTurn();

    // "incorporated under the laws of Florida" describes a party, not the governing law.
    [GeneratedRegex(@"\b(?:incorporated|organi[sz]ed|existing|formed|registered|established|chartered|constituted|company|corporation|partnership)\s+(?:\w+\s+){0,3}(?:under|pursuant\s+to|in\s+accordance\s+with|by)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IncorporatedUnder();

    [GeneratedRegex(@"\b(?:incorporated|organi[sz]ed|existing|formed|registered|established|chartered)\b[^.;]{0,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IncorporatedNear();

    // Places named after these are where to sue or arbitrate, not whose law governs.
    [GeneratedRegex(@"\b(?:courts?|venue|arbitration|located|offices?|address|situs|resident|county|city)\b[^.;]{0,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceOfForum();

    [GeneratedRegex(@"\b(?:this|the)\s+(?:\w+\s+){0,3}(?:agreement|contract|amendment)\b|\bhereunder\b|\bhereof\b|\bherein\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutThisAgreement();

    [GeneratedRegex(@"\b(?:courts?|tribunals?)\s+(?:(?:located|sitting|situated|seated|having\s+jurisdiction)\s+)?(?:in|of|for|at)\s+(?:the\s+)?(?<place>[^;.()]{2,80})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CourtsOf();

    [GeneratedRegex(@"\s*(?:,\s*)?\b(?:and\s+(?:the|each|any|all|its|their)|for\s+the|with\s+respect|in\s+connection|over|to\s+resolve|shall|will|which|for\s+any|in\s+any|having|as\s+the|to\s+the|and\s+waive|,\s*and\b|,\s*or\b).*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex PlaceTail();

    public IReadOnlyList<ExtractedField> Extract(DocumentText document, IReadOnlyList<ClauseFinding> clauses)
    {
        var text = document.Text;
        var hinted = clauses
            .Where(c => c.Category.Equals("Governing Law", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(c => c.Score)
            .Select(c => (c.Start, c.End, Hint: true));
        // Sentences about this agreement first, so "organized and governed by the laws of ..." in a party's
        // description loses to the governing-law clause.
        var sentences = new List<(int Start, int End)>();
        for (var m = GoverningWord().Match(text); m.Success; m = m.NextMatch())
        {
            if (TextSpans.OnSourceLine(text, m.Index)) continue;
            var sentence = TextSpans.SentenceAround(text, m.Index, 700);
            if (sentences.Count == 0 || sentences[^1] != sentence) sentences.Add(sentence);
        }
        var scanned = sentences.Where(s => AboutThisAgreement().Match(text, s.Start, s.End - s.Start).Success)
            .Concat(sentences)
            .Select(s => (s.Start, s.End, Hint: false));
        foreach (var (start, end, hint) in hinted.Concat(scanned))
        {
            var law = FindLaw(text, start, end);
            if (law is null) continue;
            var (ls, le, answer) = law.Value;
            var fields = new List<ExtractedField>
            {
                new(FieldNames.GoverningLaw, answer, text[ls..le], document.PageAt(ls), ls, le, hint ? 0.97 : 0.9, Name, Version),
            };
            var forum = FindForum(text, start, end);
            if (forum is not null) fields.Add(forum with { Page = document.PageAt(forum.Start) });
            return fields;
        }
        return [];
    }

    /// <summary>The governed-by place in text[start..end]: its span and CUAD-style answer.</summary>
    internal static (int Start, int End, string Answer)? FindLaw(string text, int start, int end)
    {
        if (!GoverningWord().Match(text, start, end - start).Success) return null;
        for (var m = LawOf().Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            if (IncorporatedUnder().IsMatch(text.AsSpan(Math.Max(start, m.Index - 60), m.Index - Math.Max(start, m.Index - 60)))) continue;
            var from = m.Index + m.Length;
            var turn = ClauseTurn().Match(text, from, Math.Min(end, from + 160) - from);
            var to = turn.Success ? turn.Index : Math.Min(end, from + 160);
            var best = Pick(Jurisdictions.Find(text, from, to));
            if (best is not null) return (m.Index, best.Value.End, best.Value.Answer);
        }
        for (var m = LawAfterPlace().Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            var from = Math.Max(start, m.Index - 40);
            var before = Jurisdictions.Find(text, from, m.Index).LastOrDefault();
            if (before.Answer is not null && text.AsSpan(before.End, m.Index - before.End).IsWhiteSpace())
                return (before.Start, m.Index + m.Length, before.Answer);
        }
        // "governed by the laws thereof", "the internal laws ... of the State of North Carolina": the place is
        // elsewhere in the sentence; one that names a court or an address does not count.
        if (!LawWord().IsMatch(text.AsSpan(start, end - start))) return null;
        var places = Jurisdictions.Find(text, start, end)
            .Where(p => !PlaceOfForum().IsMatch(text.AsSpan(Math.Max(start, p.Start - 80), p.Start - Math.Max(start, p.Start - 80))))
            .Where(p => !IncorporatedNear().IsMatch(text.AsSpan(Math.Max(start, p.Start - 80), p.Start - Math.Max(start, p.Start - 80))));
        var anywhere = Pick(places);
        return anywhere is null ? null : (anywhere.Value.Start, anywhere.Value.End, anywhere.Value.Answer);
    }

    private static (int Start, int End, string Answer)? Pick(IEnumerable<(int Start, int End, string Answer, bool SubNational)> places)
    {
        var list = places.ToList();
        if (list.Count == 0) return null;
        var sub = list.FirstOrDefault(p => p.SubNational);
        var p = sub.Answer is not null ? sub : list[0];
        return (p.Start, p.End, p.Answer);
    }

    private static ExtractedField? FindForum(string text, int start, int end)
    {
        // The forum is in the governing-law sentence or one of the next two.
        var to = end;
        for (var i = 0; i < 2 && to < text.Length; i++) to = TextSpans.SentenceAround(text, Math.Min(text.Length - 1, to + 1), 700).End;
        for (var m = CourtsOf().Match(text, start, to - start); m.Success; m = m.NextMatch())
        {
            var place = m.Groups["place"];
            var tail = PlaceTail().Match(place.Value);
            var kept = (tail.Success ? place.Value[..tail.Index] : place.Value).TrimEnd().TrimEnd(',').TrimEnd();
            var value = MultiSpace().Replace(kept, " ");
            if (value.Length < 2 || !char.IsUpper(value[0]) && !Jurisdictions.Find(value, 0, value.Length).Any()) continue;
            var rawEnd = place.Index + kept.Length;
            return new ExtractedField(FieldNames.Forum, value, text[m.Index..rawEnd], 1, m.Index, rawEnd, 0.8, Name, Version);
        }
        return null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex MultiSpace();

    [GeneratedRegex(@"\b(?:governed|construed|controlled)\b[^.;]{0,200}\blaws?\b|\blaws?\b[^.;]{0,200}\b(?:govern|apply)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LawWord();
}
