using ContractIntel.Extraction.Inference;

namespace ContractIntel.Tests.Inference;

public sealed class WordPieceTokenizerTests
{
    private static readonly WordPieceTokenizer Tokenizer =
        WordPieceTokenizer.FromVocabFile(BaseEncoder.Load(new InferenceOptions().BaseEncoderPath).VocabPath);

    private static string[] Tokens(string text) => Tokenizer.Encode(text).Select(Tokenizer.TokenOf).ToArray();

    [Fact]
    public void VocabularyHasBertUncasedIds()
    {
        Assert.Equal(30522, Tokenizer.VocabularySize);
        Assert.Equal("[CLS]", Tokenizer.TokenOf(WordPieceTokenizer.ClsId));
        Assert.Equal("[SEP]", Tokenizer.TokenOf(WordPieceTokenizer.SepId));
        Assert.Equal("[PAD]", Tokenizer.TokenOf(WordPieceTokenizer.PadId));
    }

    // Joins word pieces back into the basic tokenizer's words.
    private static string Rebuild(string[] tokens) => string.Join(' ', tokens).Replace(" ##", "", StringComparison.Ordinal);

    [Theory]
    [InlineData("$5.2 million", new[] { "$", "5", ".", "2", "million" })]
    // € £ ¥ are Unicode Sc, not punctuation: reference BERT keeps them inside the word, and WordPiece then
    // splits them off as their own pieces (Microsoft.ML.Tokenizers' defaults dropped them).
    [InlineData("€100", new[] { "€", "##100" })]
    [InlineData("£3bn and ¥40", new[] { "£3", "##bn", "and", "¥", "##40" })]
    [InlineData("up 12%", new[] { "up", "12", "%" })]
    [InlineData("Q4", new[] { "q", "##4" })]
    [InlineData("CAFÉ", new[] { "cafe" })]
    public void CurrenciesPercentagesAndAccentsAreKept(string text, string[] expected) => Assert.Equal(expected, Tokens(text));

    [Fact]
    public void AccentedNamesAreStrippedNotUnknown()
    {
        var tokens = Tokens("Société Générale and Nestlé reported Q4 results, Ørsted too");
        Assert.DoesNotContain("[UNK]", tokens);
        Assert.Equal("societe generale and nestle reported q4 results , ørsted too", Rebuild(tokens));
    }

    [Fact]
    public void LongNumbersSplitIntoPiecesThatRebuildTheDigits()
    {
        var tokens = Tokens("1234567890123");
        Assert.DoesNotContain("[UNK]", tokens);
        Assert.True(tokens.Length > 1);
        Assert.Equal("1234567890123", Rebuild(tokens));
        Assert.Equal("eur1 , 234 , 567 . 89m", Rebuild(Tokens("EUR1,234,567.89m")));
    }

    [Fact]
    public void EveryAsciiSymbolAndUnicodePunctuationIsItsOwnToken()
    {
        Assert.Equal(new[] { "a", "+", "b", "=", "c", "|", "d", "~", "e", "^", "f", "`", "g" }, Tokens("a+b=c|d~e^f`g"));
        Assert.Equal(new[] { "net", "—", "loss", "“", "x", "”" }, Tokens("net—loss “x”"));
    }

    [Fact]
    public void ControlCharactersAreDroppedAndWhitespaceSplits()
    {
        Assert.Equal(new[] { "net", "profit" }, Tokens("net\u200b\tprofit\r\n"));
        Assert.Equal(new[] { "net", "profit" }, Tokens("net\u00a0profit"));
    }

    // Where Microsoft.ML.Tokenizers' own BertNormalizer parts from the reference (training/tokenizer.py): it keeps
    // format characters (soft hyphen, zero-width space) and recomposes to NFC, so Hangul would not split into jamo.
    [Fact]
    public void FormatCharactersVanishInsideWordsAndHangulSplitsIntoJamo()
    {
        Assert.Equal(Tokens("cooperate"), Tokens("co\u00adoper\u200bate"));
        Assert.Equal(new[] { "ᄒ", "##ᅡ", "##ᆫ" }, Tokens("한"));
        Assert.Equal(new[] { "東", "京", "ok" }, Tokens("東京ok"));
    }

    [Fact]
    public void TooLongOrUnmatchableWordsBecomeOneUnknown()
    {
        Assert.Equal(new[] { "[UNK]" }, Tokens(new string('a', 101)));
        Assert.Equal(new[] { "ok", "[UNK]" }, Tokens("ok \u2603\u2603"));
    }
}
