using System.Globalization;
using System.Text;

namespace ContractIntel.Benchmarks;

/// <summary>
/// The hand-written BERT uncased tokenizer that src/ used until Microsoft.ML.Tokenizers replaced it (main 23829ba,
/// Inference/HandWrittenTokenizer.cs), unchanged but for its name: the baseline of <c>parity</c> and of
/// TokenizerBenchmarks. It equals training/tokenizer.py token for token.
/// </summary>
public sealed class HandWrittenTokenizer
{
    public const int ClsId = 101;
    public const int SepId = 102;
    public const int PadId = 0;
    private const int MaxWordChars = 100;

    private readonly string[] _tokens;
    private readonly Dictionary<string, int> _vocab;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _unkId;

    public HandWrittenTokenizer(IReadOnlyList<string> vocabulary)
    {
        _tokens = [.. vocabulary];
        _vocab = new Dictionary<string, int>(vocabulary.Count, StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Count; i++) _vocab.TryAdd(vocabulary[i], i);
        _lookup = _vocab.GetAlternateLookup<ReadOnlySpan<char>>();
        _unkId = _vocab.TryGetValue("[UNK]", out var unk) ? unk : throw new ArgumentException("Vocabulary has no [UNK].", nameof(vocabulary));
    }

    public static HandWrittenTokenizer FromVocabFile(string path) =>
        new(File.ReadAllLines(path, Encoding.UTF8).Select(l => l.TrimEnd('\r')).ToList());

    public int VocabularySize => _tokens.Length;

    public string TokenOf(int id) => _tokens[id];

    /// <summary>WordPiece ids of <paramref name="text"/>, without [CLS]/[SEP].</summary>
    public List<int> Encode(string text)
    {
        var ids = new List<int>(text.Length / 4 + 4);
        Span<char> buffer = stackalloc char[MaxWordChars + 2];
        foreach (var word in BasicTokenize(text)) AppendWordPieces(word, ids, buffer);
        return ids;
    }

    /// <summary>The basic tokenizer's words: what WordPiece then splits into sub-words.</summary>
    public static List<string> BasicTokenize(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in Normalise(text).EnumerateRunes())
        {
            if (rune.Value == ' ')
            {
                Flush(current, words);
            }
            else if (IsPunctuation(rune) || IsCjk(rune.Value))
            {
                Flush(current, words);
                words.Add(rune.ToString());
            }
            else
            {
                current.Append(rune.ToString());
            }
        }
        Flush(current, words);
        return words;
    }

    // Clean (drop control characters, map whitespace to ' '), lowercase, then NFD and drop non-spacing marks: the
    // reference strips accents per whitespace token after lowercasing, which gives the same characters.
    private static string Normalise(string text)
    {
        var cleaned = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var c = rune.Value;
            if (c == 0 || c == 0xFFFD) continue;
            if (c is '\t' or '\n' or '\r' || Rune.GetUnicodeCategory(rune) == UnicodeCategory.SpaceSeparator) cleaned.Append(' ');
            else if (IsControl(rune)) continue;
            else cleaned.Append(rune.ToString());
        }
        var decomposed = cleaned.ToString().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var rune in decomposed.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.NonSpacingMark) result.Append(rune.ToString());
        }
        return result.ToString();
    }

    private void AppendWordPieces(string word, List<int> ids, Span<char> buffer)
    {
        if (word.Length > MaxWordChars)
        {
            ids.Add(_unkId);
            return;
        }
        var mark = ids.Count;
        var start = 0;
        while (start < word.Length)
        {
            var found = -1;
            var end = word.Length;
            for (; end > start; end--)
            {
                var piece = word.AsSpan(start, end - start);
                ReadOnlySpan<char> key = piece;
                if (start > 0)
                {
                    buffer[0] = '#';
                    buffer[1] = '#';
                    piece.CopyTo(buffer[2..]);
                    key = buffer[..(piece.Length + 2)];
                }
                if (_lookup.TryGetValue(key, out found)) break;
                found = -1;
            }
            if (found < 0)
            {
                ids.RemoveRange(mark, ids.Count - mark);
                ids.Add(_unkId);
                return;
            }
            ids.Add(found);
            start = end;
        }
    }

    private static void Flush(StringBuilder current, List<string> words)
    {
        if (current.Length == 0) return;
        words.Add(current.ToString());
        current.Clear();
    }

    private static bool IsControl(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned
        or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate;

    private static bool IsPunctuation(Rune rune)
    {
        var c = rune.Value;
        if (c is (>= 33 and <= 47) or (>= 58 and <= 64) or (>= 91 and <= 96) or (>= 123 and <= 126)) return true;
        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;
    }

    private static bool IsCjk(int c) =>
        c is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x20000 and <= 0x2A6DF)
            or (>= 0x2A700 and <= 0x2B73F) or (>= 0x2B740 and <= 0x2B81F) or (>= 0x2B820 and <= 0x2CEAF)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0x2F800 and <= 0x2FA1F);
}
