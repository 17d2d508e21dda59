using System.Text.RegularExpressions;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Extraction.Clauses;

/// <summary>
/// Candidate answers at the size CUAD's annotators mark them. Every category gets its best sentences, the
/// sentence pairs and paragraphs around them (clauses often run over a sentence); the short-answer categories
/// also get the spans the field rules find (<see cref="FieldSpans"/>). The model runs once per sentence: a
/// span's raw score is the category's score of the sentence (or best sentence) it lies in, so finding spans
/// costs regular expressions, not inference.
/// </summary>
public sealed partial class ClauseSpans
{
    /// <summary>Sentences per category that seed sentence, pair and paragraph candidates.</summary>
    public const int SeedsPerCategory = 30;

    private const int MaxSpanChars = 4000;

    private const int MinPartWords = 6;

    private readonly FieldSpans _fields = new();

    // Where a long sentence divides into the parts CUAD's annotators often mark alone.
    [GeneratedRegex(@";\s+|:\s+(?=\(?[a-z0-9ivx]{1,4}\)\s)|\s\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s", RegexOptions.CultureInvariant)]
    private static partial Regex PartBreak();

    [GeneratedRegex(@"\G\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMark();

    public IReadOnlyList<ClauseCandidate> Find(
        DocumentText document, IReadOnlyList<Segment> segments, IReadOnlyList<Segment> units, float[][] scores, IReadOnlyList<string> categories)
    {
        var candidates = new List<ClauseCandidate>();
        if (units.Count == 0) return candidates;
        var text = document.Text;
        var paragraphs = segments.Where(s => s.Kind == SegmentKind.Paragraph).ToDictionary(s => s.Index);
        var sentencesOf = units.Select((u, i) => (u, i)).Where(x => x.u.Parent is not null)
            .GroupBy(x => x.u.Parent!.Value).ToDictionary(g => g.Key, g => g.Select(x => x.i).ToList());
        for (var k = 0; k < categories.Count; k++)
        {
            var seeds = Enumerable.Range(0, units.Count).OrderByDescending(i => scores[i][k]).Take(SeedsPerCategory).ToList();
            var seen = new HashSet<(int, int)>();
            foreach (var i in seeds)
            {
                var u = units[i];
                Add(CandidateSources.Sentence, i, u.Start, u.End, scores[i][k]);
                foreach (var j in new[] { i - 1, i + 1 })
                {
                    if (j < 0 || j >= units.Count || units[j].Parent != u.Parent) continue;
                    var (a, b) = j < i ? (j, i) : (i, j);
                    Add(CandidateSources.Pair, a, units[a].Start, units[b].End, Math.Max(scores[a][k], scores[b][k]));
                }
                foreach (var (a, b) in Parts(text, u.Start, u.End)) Add(CandidateSources.Part, i, a, b, scores[i][k]);
                if (u.Parent is { } p && paragraphs.TryGetValue(p, out var paragraph) && sentencesOf.TryGetValue(p, out var members) && members.Count > 2)
                {
                    Add(CandidateSources.Paragraph, members[0], paragraph.Start, paragraph.End, members.Max(m => scores[m][k]));
                }
            }

            void Add(string source, int unit, int start, int end, float raw)
            {
                if (end - start > MaxSpanChars || !seen.Add((start, end))) return;
                candidates.Add(new ClauseCandidate(categories[k], source, units[unit].Index, document.PageAt(start), start, end, text[start..end], raw));
            }
        }
        foreach (var span in _fields.Find(document))
        {
            var k = IndexOf(categories, span.Category);
            if (k < 0) continue;
            var unit = UnitAt(units, span.Start);
            // A title line may precede the first sentence; it then takes the first sentence's score.
            candidates.Add(new ClauseCandidate(span.Category, span.Source, units[unit].Index, document.PageAt(span.Start), span.Start, span.End,
                text[span.Start..span.End], scores[unit][k]));
        }
        return candidates;
    }

    /// <summary>The pieces of a sentence between its part breaks, when it has any, each of at least 6 words.</summary>
    internal static IEnumerable<(int Start, int End)> Parts(string text, int start, int end)
    {
        var breaks = PartBreak().Matches(text[start..end]);
        if (breaks.Count == 0) yield break;
        var from = start;
        foreach (var m in breaks.Append(null))
        {
            var to = m is null ? end : start + m.Index;
            var (a, b) = (from, to);
            while (a < b && char.IsWhiteSpace(text[a])) a++;
            if (LeadingMark().Match(text, a, b - a) is { Success: true } mark) a += mark.Length;
            while (b > a && char.IsWhiteSpace(text[b - 1])) b--;
            if (text.AsSpan(a, b - a).Count(' ') + 1 >= MinPartWords && (a, b) != (start, end)) yield return (a, b);
            if (m is not null) from = start + m.Index + m.Length;
        }
    }

    /// <summary>The index of the last unit starting at or before <paramref name="offset"/> (0 when none does).</summary>
    internal static int UnitAt(IReadOnlyList<Segment> units, int offset)
    {
        int lo = 0, hi = units.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (units[mid].Start <= offset) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    private static int IndexOf(IReadOnlyList<string> categories, string category)
    {
        for (var k = 0; k < categories.Count; k++) if (categories[k] == category) return k;
        return -1;
    }
}
