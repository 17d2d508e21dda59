using System.Text.RegularExpressions;
using ContractIntel.Extraction.Documents;

namespace ContractIntel.Extraction.Fields;

/// <summary>
/// The parties, from the preamble ("by and between X, a Delaware corporation ("Company"), and Y ("Distributor")"),
/// "Party A: X" headings, or, when the preamble names none, the signature blocks. Each party is a
/// <see cref="FieldNames.Party"/> field; each of its defined names is a <see cref="FieldNames.PartyDefinedName"/>
/// field whose span starts where its party's span starts, so the two join on <c>Start</c>.
/// </summary>
public sealed partial class PartyExtractor
{
    public const string Name = "parties";
    public const string Version = "1.0.0";

    private const int SearchChars = 12_000;
    private const int WindowChars = 2_500;
    private readonly DefinedTermExtractor _terms = new();

    [GeneratedRegex(@"\b(?:by\s+and\s+)?(?:between|among(?:st)?)\b\s*:?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Anchor();

    [GeneratedRegex(@"\bWHEREAS\b|\bRECITALS?\b|\bW\s?I\s?T\s?N\s?E\s?S\s?S\s?E\s?T\s?H\b|\bNOW,?\s+THEREFORE\b|\bBACKGROUND\b|\bPreliminary\s+Statement|\bagrees?\s+as\s+follows\b|\bhereby\s+agree|\bIt\s+is\s+agreed\b|\bin\s+consideration\s+of\b", RegexOptions.CultureInvariant)]
    private static partial Regex PreambleEnd();

    // The first descriptor after a party's name: ", a Delaware corporation", ", with its principal office", " (formerly".
    [GeneratedRegex(@"\s*,?\s*\((?!\s*[""“])|,?\s+(?:a|an)\s+(?=[\p{L}\s,.-]{0,80}?\b(?:corporation|company|partnership|limited|llc|entity|organization|organisation|association|trust|bank|firm|society|societe|société|sociedad|individual|resident|citizen|enterprise|body|agency|institution|authority|subsidiary|unit|business|laws?)\b)|,\s*(?:with|whose|having|located|organized|organised|incorporated|existing|duly|its|acting|as|on\s+behalf|each|both|residing|domiciled|an?\s+individual|a\s+corporation|hereinafter|herein|registered|\d)\b|\s+(?:with\s+(?:its|a|an)\s|whose\s|having\s|located\s|organized\s|incorporated\s|existing\s|residing\s|hereinafter|herein\s+(?:called|referred))|,\s*(?:\d|P\.?\s?O\.?\s+Box)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Descriptor();

    // Where one party ends and the next begins.
    [GeneratedRegex(@"[,;]\s*(?:and|&)\s+(?=\S)|\s+and\s+(?=\S)|;\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^[\s,;:]*(?:(?:and|&|or)\b[\s,;:]*)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnlyConnectors();

    [GeneratedRegex(@"^\s*(?:and|&)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingAnd();

    [GeneratedRegex(@"\n\s*\n(?=\s*(?:dated|effective|as\s+of|\d|[A-Z][a-z]+\s+\d))|(?<!\b(?:inc|corp|ltd|co|llc|l\.p|n\.a|s\.a|n\.v|b\.v|plc))\.\s|\(\s|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d|\b(?:dated|effective|as\s+of|made|entered|hereby|for\s+the|relating|with\s+respect|pursuant)\b|\n\s*\n\s*\n", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlainEnd();

    [GeneratedRegex(@"\s+(?:and|AND|&)\s+|,\s*(?:and|AND)\s+|;\s*|,\s*\n\s*\n", RegexOptions.CultureInvariant)]
    private static partial Regex PlainSeparator();

    [GeneratedRegex(@"Party\s+[A-F]\s*[:：]\s*(?<name>[^\n:：]{2,150})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PartyLabel();

    [GeneratedRegex(@"\b(?:Inc|Corp|Corporation|Company|Co|LLC|L\.L\.C|Ltd|Limited|LP|L\.P|LLP|PLC|GmbH|AG|S\.A|SA|N\.V|B\.V|Trust|Bank|Partnership|Holdings|Group|Pty|S\.p\.A|SpA|KK|Sdn\s+Bhd|S\.A\.R\.L|Incorporated|Association|University|Foundation)\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanySuffix();

    [GeneratedRegex(@"IN\s+WITNESS\s+WHEREOF", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WitnessWhereof();

    private static readonly HashSet<string> NotParties = new(StringComparer.OrdinalIgnoreCase)
    {
        "Agreement", "this Agreement", "Effective Date", "Party", "Parties", "Execution Date", "Commencement Date",
        "Contract", "Amendment", "Term", "Territory", "Product", "Products", "Services",
    };

    public IReadOnlyList<ExtractedField> Extract(DocumentText document)
    {
        var text = document.Text;
        var found = FromPreamble(text);
        if (found.Count == 0) found = FromLabels(text);
        if (found.Count == 0) found = FromSignatures(text);
        var fields = new List<ExtractedField>();
        foreach (var (start, end, terms, termsEnd) in found)
        {
            var value = Clean(text[start..end]);
            fields.Add(new ExtractedField(FieldNames.Party, value, text[start..end], document.PageAt(start), start, end, terms.Count > 0 ? 0.9 : 0.7, Name, Version));
            foreach (var term in terms)
                fields.Add(new ExtractedField(FieldNames.PartyDefinedName, term, text[start..termsEnd], document.PageAt(start), start, termsEnd, 0.9, Name, Version));
        }
        return fields;
    }

    private List<(int Start, int End, List<string> Terms, int TermsEnd)> FromPreamble(string text)
    {
        var limit = Math.Min(text.Length, SearchChars);
        List<(int, int, List<string>, int)> best = [];
        var tried = 0;
        for (var a = Anchor().Match(text, 0, limit); a.Success && tried < 6; a = a.NextMatch(), tried++)
        {
            var from = a.Index + a.Length;
            var stop = PreambleEnd().Match(text, from, Math.Min(text.Length, from + WindowChars) - from);
            var to = stop.Success ? stop.Index : Math.Min(text.Length, from + WindowChars);
            var parties = WithDefinedTerms(text, from, to);
            if (parties.Count >= 2) return parties;
            // A title line names the parties without definitions: "AGREEMENT BY AND BETWEEN X AND Y".
            var plain = WithoutTerms(text, from);
            var better = plain.Count > parties.Count ? plain : parties;
            if (better.Count >= 2) return better;
            if (best.Count == 0) best = better;
        }
        return best;
    }

    private static List<(int, int, List<string>, int)> WithoutTerms(string text, int from)
    {
        var parties = new List<(int, int, List<string>, int)>();
        var end = PlainEnd().Match(text, from, Math.Min(text.Length, from + 400) - from);
        var to = end.Success ? end.Index : Math.Min(text.Length, from + 400);
        var cursor = from;
        foreach (var cut in PlainSeparator().Matches(text[..to], from).Cast<Match>().Append(null))
        {
            var chunkEnd = cut?.Index ?? to;
            var name = NameIn(text, cursor, chunkEnd);
            if (name is not null && CompanySuffix().Match(text, name.Value.Start, name.Value.End - name.Value.Start).Success)
                parties.Add((name.Value.Start, name.Value.End, [], name.Value.End));
            if (cut is null) break;
            cursor = cut.Index + cut.Length;
        }
        return parties.Count >= 2 ? parties : [];
    }

    private List<(int, int, List<string>, int)> WithDefinedTerms(string text, int from, int to)
    {
        var parties = new List<(int, int, List<string>, int)>();
        var cursor = from;
        foreach (var group in _terms.Find(text, from, to).GroupBy(t => t.Start))
        {
            var paren = group.First();
            var terms = group.Select(t => t.Term).ToList();
            var chunkEnd = paren.Start;
            var chunkStart = cursor;
            cursor = paren.End;
            if (terms.All(NotParties.Contains)) continue;
            var name = NameIn(text, chunkStart, chunkEnd);
            if (name is null)
            {
                // Past the party list, a definition without a name before it ends the preamble.
                if (parties.Count >= 2) break;
                continue;
            }
            parties.Add((name.Value.Start, name.Value.End, terms, paren.End));
        }
        return parties;
    }

    /// <summary>
    /// The party name in a chunk of preamble. A chunk can start with the tail of the previous party's
    /// description ("located in Philadelphia, Pennsylvania and Jeffrey Hanuscin,"), so each point after a
    /// separator is a candidate start; the first one whose name is valid and whose prefix is empty or a
    /// description wins, else the last valid one. The name ends at its first descriptor (", a Delaware corporation").
    /// </summary>
    private static (int Start, int End)? NameIn(string text, int start, int end)
    {
        if (end - start > 600) start = end - 600;
        var chunk = text[start..end];
        var candidates = new List<int> { 0 };
        foreach (Match sep in Separator().Matches(chunk)) candidates.Add(sep.Index + sep.Length);
        (int, int)? fallback = null;
        foreach (var c in candidates)
        {
            var tail = Descriptor().Match(chunk, c);
            var name = Strip(text, start + c, start + (tail.Success ? tail.Index : chunk.Length));
            if (name is null) continue;
            var prefix = chunk[..c];
            if (c == 0 || Descriptor().IsMatch(prefix) || OnlyConnectors().IsMatch(prefix)) return name;
            fallback = name;
        }
        return fallback;
    }

    private static (int Start, int End)? Strip(string text, int s0, int e0)
    {
        if (e0 <= s0) return null;
        (s0, e0) = TextSpans.Trim(text, s0, e0);
        while (s0 < e0 && text[s0] is ',' or ':' or ';' or '-' or '(' or ')' or '"' or '“' or '”') s0++;
        // "X ("A") and Y ("B")": the chunk for Y starts with the "and".
        var connector = LeadingAnd().Match(text, s0, e0 - s0);
        if (connector.Success) s0 += connector.Length;
        while (e0 > s0 && text[e0 - 1] is ',' or ':' or ';' or '-' or ' ' or '\n') e0--;
        (s0, e0) = TextSpans.Trim(text, s0, e0);
        return IsName(text[s0..e0]) ? (s0, e0) : null;
    }

    private static bool IsName(string name)
    {
        if (name.Length < 2 || name.Length > 150) return false;
        if (!char.IsUpper(name[0]) && !char.IsDigit(name[0])) return false;
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 14) return false;
        if (NotParties.Contains(name) || name.Contains("Agreement", StringComparison.Ordinal)) return false;
        return !name.StartsWith("This ", StringComparison.Ordinal) && !name.StartsWith("THIS ", StringComparison.Ordinal);
    }

    private static List<(int, int, List<string>, int)> FromLabels(string text)
    {
        var parties = new List<(int, int, List<string>, int)>();
        var limit = Math.Min(text.Length, SearchChars);
        for (var m = PartyLabel().Match(text, 0, limit); m.Success && parties.Count < 6; m = m.NextMatch())
        {
            var g = m.Groups["name"];
            var name = NameIn(text, g.Index, g.Index + g.Length);
            if (name is not null) parties.Add((name.Value.Start, name.Value.End, [], name.Value.End));
        }
        return parties;
    }

    private static List<(int, int, List<string>, int)> FromSignatures(string text)
    {
        var parties = new List<(int, int, List<string>, int)>();
        var w = WitnessWhereof().Match(text);
        if (!w.Success) return parties;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pos = w.Index;
        var limit = Math.Min(text.Length, w.Index + 3000);
        while (pos < limit && parties.Count < 4)
        {
            var lineEnd = text.IndexOf('\n', pos);
            if (lineEnd < 0 || lineEnd > limit) lineEnd = limit;
            var (s, e) = TextSpans.Trim(text, pos, lineEnd);
            var line = text[s..e].TrimEnd(':', ',');
            // A signing entity is a line in capitals that ends like a company: "ACME HOLDINGS, INC."
            if (line.Length is > 3 and < 90 && line.Any(char.IsLetter) && !line.Any(char.IsLower) && CompanySuffix().IsMatch(line)
                && !line.Contains("WITNESS", StringComparison.Ordinal) && seen.Add(line))
                parties.Add((s, s + line.Length, [], s + line.Length));
            pos = lineEnd + 1;
        }
        return parties;
    }

    internal static string Clean(string raw) => Spaces().Replace(raw, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
