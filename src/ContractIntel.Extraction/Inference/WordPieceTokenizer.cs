using System.Text;
using System.Text.RegularExpressions;
using Microsoft.ML.Tokenizers;

namespace ContractIntel.Extraction.Inference;

/// <summary>
/// BERT uncased tokenization equal to training/tokenizer.py (the models' training): Microsoft.ML.Tokenizers'
/// BertTokenizer with BERT's reference cleaning and split rule in place of its own, which gave other ids for 6 and
/// 1,609 of 24,036 texts; as configured, none differ (Inference/README.md, bench parity).
/// </summary>
public sealed partial class WordPieceTokenizer
{
    public const int ClsId = 101;
    public const int SepId = 102;
    public const int PadId = 0;

    private readonly BertTokenizer _bert;
    private readonly string[] _tokens;

    private WordPieceTokenizer(BertTokenizer bert, string[] tokens)
    {
        _bert = bert;
        _tokens = tokens;
        if (bert.ClassificationTokenId != ClsId || bert.SeparatorTokenId != SepId || bert.PaddingTokenId != PadId)
        {
            throw new InvalidDataException($"Vocabulary is not BERT uncased: [CLS]/[SEP]/[PAD] are {bert.ClassificationTokenId}/{bert.SeparatorTokenId}/{bert.PaddingTokenId}.");
        }
    }

    public static WordPieceTokenizer FromVocabFile(string path)
    {
        var options = new BertOptions
        {
            LowerCaseBeforeTokenization = true,
            IndividuallyTokenizeCjk = true,
            RemoveNonSpacingMarks = true,
            // "[CLS]" inside a text is ordinary characters, as in training/tokenizer.py.
            SplitOnSpecialTokens = false,
            Normalizer = new BertReferenceNormalizer(),
            PreTokenizer = new RegexPreTokenizer(BertSplit(), null),
        };
        var tokens = File.ReadAllLines(path, Encoding.UTF8).Select(l => l.TrimEnd('\r')).ToArray();
        return new WordPieceTokenizer(BertTokenizer.Create(path, options), tokens);
    }

    public int VocabularySize => _tokens.Length;

    public string TokenOf(int id) => _tokens[id];

    /// <summary>WordPiece ids of <paramref name="text"/>, without [CLS]/[SEP].</summary>
    public List<int> Encode(string text)
    {
        var ids = _bert.EncodeToIds(text, addSpecialTokens: false);
        return ids as List<int> ?? [.. ids];
    }

    // Over the normalized text: words are runs of anything but a space, a Unicode punctuation character (P*) or an
    // ASCII symbol; each of those is a token of its own (BERT's _is_punctuation).
    [GeneratedRegex(@"[^ \p{P}!-/:-@\[-`{-~]+|[\p{P}!-/:-@\[-`{-~]")]
    private static partial Regex BertSplit();
}
