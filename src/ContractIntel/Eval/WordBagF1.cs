namespace ContractIntel.Eval;

/// <summary>
/// Word-bag F1 of a read text against a reference: both split on whitespace, punctuation trimmed from each token's
/// ends, case kept; matches are the multiset intersection; F1 = 2 * matches / (reference words + read words).
/// Reading order and line breaks do not count; every misread, split or merged word does.
/// </summary>
internal static class WordBagF1
{
    private static readonly char[] Punctuation = ".,;:!?\"'()[]{}“”‘’«»*".ToCharArray();

    public static double Score(string reference, string candidate)
    {
        var a = Bag(reference);
        var b = Bag(candidate);
        var overlap = a.Sum(kv => Math.Min(kv.Value, b.GetValueOrDefault(kv.Key)));
        var total = a.Values.Sum() + b.Values.Sum();
        return total == 0 ? 1.0 : 2.0 * overlap / total;
    }

    private static Dictionary<string, int> Bag(string text)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim(Punctuation);
            if (word.Length > 0) bag[word] = bag.GetValueOrDefault(word) + 1;
        }
        return bag;
    }
}
