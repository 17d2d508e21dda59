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

    [GeneratedRegex(@"\((?<body>[^()]{0,40}?[""“”'‘’][^()]{1,160}?)\)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ParenPattern();

    // A quoted term starting with a letter or digit; the opening quote may be straight or curly, either way round.
    [GeneratedRegex(@"[""“”‘’']\s*(?<term>[\p{L}\p{N}][^""“”()]{0,78}?)\s*[,.]?\s*[""“”’']", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex QuotedPattern();

    [GeneratedRegex(@"^\s*(?:(?:the|a|an|each|both|collectively|together|jointly|individually|severally|separately|and|or|as|herein|hereinafter|hereafter|hereto|referred|to|called|also|known|defined|below|each\s+a|sometimes|,|;)\s*)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();

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
                if (!LeadIn().IsMatch(gap)) break;
                var t = q.Groups["term"];
                var term = t.Value.TrimEnd(',', '.', ' ');
                found.Add(new DefinedTerm(p.Index, p.Index + p.Length, term, t.Index, t.Index + term.Length));
                before = q.Index + q.Length;
            }
        }
        return found;
    }
}
