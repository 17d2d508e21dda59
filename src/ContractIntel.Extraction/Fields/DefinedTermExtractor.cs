using System.Text.RegularExpressions;

namespace ContractIntel.Extraction.Fields;

/// <summary>
/// Finds terms defined in parentheses, with straight or smart quotes: ("Company"), (the "Agreement"),
/// (hereinafter referred to as “Licensor”), ("Marketing Affiliate", "MA"). One parenthesis may define several
/// terms; each is returned with the parenthesis as its span.
/// </summary>
public sealed partial class DefinedTermExtractor
{
    public const string Name = "defined_terms";
    public const string Version = "1.0.0";

    [GeneratedRegex(@"\((?<body>[^()]{0,300}?[""“”'‘’][^()]{1,160}?)\)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ParenPattern();

    // A quoted term starting with a letter or digit; the opening quote may be straight or curly, either way round.
    [GeneratedRegex(@"[""“”‘’']\s*(?<term>[\p{L}\p{N}][^""“”()]{0,78}?)\s*[,.]?\s*[""“”’']", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex QuotedPattern();

    [GeneratedRegex(@"^\s*(?:(?:the|this|a|an|each|both|collectively|together|jointly|individually|severally|separately|and|or|as|herein|hereinafter|hereafter|hereto|referred|to|called|also|known|defined|below|each\s+a|sometimes|,|;)\s*)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();

    // "(the producer, publisher, ... referred to herein as the "Producer")": a long description, then the term.
    [GeneratedRegex(@"\b(?:referred\s+to|called|known|designated|defined)\s+(?:herein\s+|hereinafter\s+|hereafter\s+|below\s+)?as\s*(?:the\s+|a\s+|an\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferredToAs();

    // Without a parenthesis: "hereinafter referred to as "Licensor"", "referred to in this Agreement as "Company" or "Boyd"".
    [GeneratedRegex(@"\b(?:hereinafter|herein|hereafter)?\s*(?:referred\s+to|called|designated)\s+(?:\w+\s+){0,4}?as\s+(?:the\s+)?(?<terms>[""“][^""“”\n]{1,60}[""”](?:\s*(?:,|or|and|,\s*or)\s*(?:the\s+)?[""“][^""“”\n]{1,60}[""”])*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ReferredPattern();

    public IReadOnlyList<DefinedTerm> Find(string text) => Find(text, 0, text.Length);

    public IReadOnlyList<DefinedTerm> Find(string text, int from, int to)
    {
        var found = new List<DefinedTerm>();
        from = Math.Clamp(from, 0, text.Length);
        to = Math.Clamp(to, from, text.Length);
        for (var p = ParenPattern().Match(text, from, to - from); p.Success; p = p.NextMatch())
        {
            var body = p.Groups["body"];
            var before = body.Index;
            for (var q = QuotedPattern().Match(text, body.Index, body.Length); q.Success; q = q.NextMatch())
            {
                // Only lead-in words may sit between terms, so "(as defined in "Section 2")" is no definition.
                var gap = text[before..q.Index];
                var first = before == body.Index;
                if (!LeadIn().IsMatch(gap) && !(first && ReferredToAs().IsMatch(gap))) break;
                var t = q.Groups["term"];
                var term = t.Value.TrimEnd(',', '.', ' ');
                found.Add(new DefinedTerm(p.Index, p.Index + p.Length, term, t.Index, t.Index + term.Length));
                before = q.Index + q.Length;
            }
        }
        for (var r = ReferredPattern().Match(text, from, to - from); r.Success; r = r.NextMatch())
        {
            if (found.Any(f => f.Start <= r.Index && r.Index < f.End)) continue;
            var terms = r.Groups["terms"];
            for (var q = QuotedPattern().Match(text, terms.Index, terms.Length); q.Success; q = q.NextMatch())
            {
                var t = q.Groups["term"];
                var term = t.Value.TrimEnd(',', '.', ' ');
                found.Add(new DefinedTerm(r.Index, r.Index + r.Length, term, t.Index, t.Index + term.Length));
            }
        }
        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.TermStart.CompareTo(b.TermStart));
        return found;
    }
}
