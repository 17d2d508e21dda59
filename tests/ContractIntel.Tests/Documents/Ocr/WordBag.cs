namespace ContractIntel.Tests.Documents.Ocr;

/// <summary>
/// Word-bag F1 between a reference text and a read text: both split on whitespace, punctuation trimmed from each
/// token's ends, case kept; the overlap is the multiset intersection. The same definition as deploy/ocr/measure.py.
/// </summary>
internal static class WordBag
{
    public static double F1(string reference, string candidate)
    {
        var a = Bag(reference);
        var b = Bag(candidate);
        var overlap = a.Sum(kv => Math.Min(kv.Value, b.GetValueOrDefault(kv.Key)));
        var (na, nb) = (a.Values.Sum(), b.Values.Sum());
        return na + nb == 0 ? 1.0 : 2.0 * overlap / (na + nb);
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

    private static readonly char[] Punctuation = ".,;:!?\"'()[]{}“”‘’«»*".ToCharArray();
}
