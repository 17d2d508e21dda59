using System.Text.RegularExpressions;
using Microsoft.ML.Tokenizers;

namespace ContractIntel.Benchmarks;

/// <summary>
/// Microsoft.ML.Tokenizers' BertTokenizer with its own BertNormalizer, configured for the model's vocabulary
/// (bert-base-uncased, as in the all-MiniLM-L6-v2 tokenizer config: do_lower_case, tokenize_chinese_chars, accents
/// stripped), in two variants: its own pre-tokenizer, and BERT's split rule (every P* character and every ASCII
/// symbol its own token). <c>parity</c> shows why src/ also replaces the normalizer. Special tokens in the text are not split out: training/tokenizer.py, which the
/// models were trained with, treats "[CLS]" in a text as ordinary characters.
/// </summary>
public static partial class MlBert
{
    public static BertTokenizer Create(string vocabPath, bool bertSplit)
    {
        var options = new BertOptions
        {
            LowerCaseBeforeTokenization = true,
            ApplyBasicTokenization = true,
            IndividuallyTokenizeCjk = true,
            RemoveNonSpacingMarks = true,
            SplitOnSpecialTokens = false,
        };
        if (bertSplit) options.PreTokenizer = new RegexPreTokenizer(BertSplit(), null);
        return BertTokenizer.Create(vocabPath, options);
    }

    /// <summary>Ids without [CLS]/[SEP], like WordPieceTokenizer.Encode.</summary>
    public static IReadOnlyList<int> Encode(BertTokenizer tokenizer, string text) => tokenizer.EncodeToIds(text, addSpecialTokens: false);

    // After the normalizer, words are runs of anything but a space, a Unicode punctuation character or an ASCII
    // symbol; each of those is a token of its own (BERT's _is_punctuation).
    [GeneratedRegex(@"[^ \p{P}!-/:-@\[-`{-~]+|[\p{P}!-/:-@\[-`{-~]")]
    private static partial Regex BertSplit();
}
