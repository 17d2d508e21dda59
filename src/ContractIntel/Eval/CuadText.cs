using System.Text;
using System.Text.RegularExpressions;

namespace ContractIntel.Eval;

/// <summary>CUAD's answer normalisation and word-level Jaccard similarity (as in its evaluate.py).</summary>
internal static partial class CuadText
{
    // Python's string.punctuation.
    private const string Punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    /// <summary>Lowercase, drop ASCII punctuation, drop the articles a/an/the, collapse whitespace.</summary>
    public static string Normalize(string s)
    {
        var lower = s.ToLowerInvariant();
        var noPunctuation = new StringBuilder(lower.Length);
        foreach (var c in lower) if (!Punctuation.Contains(c)) noPunctuation.Append(c);
        var noArticles = Articles().Replace(noPunctuation.ToString(), " ");
        return string.Join(' ', noArticles.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    public static HashSet<string> Words(string s) =>
        Normalize(s).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0) return 1;
        var intersection = a.Count(b.Contains);
        return (double)intersection / (a.Count + b.Count - intersection);
    }

    [GeneratedRegex(@"\b(a|an|the)\b")]
    private static partial Regex Articles();
}
