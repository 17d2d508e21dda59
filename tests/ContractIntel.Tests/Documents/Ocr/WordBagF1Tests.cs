using ContractIntel.Eval;

namespace ContractIntel.Tests.Documents.Ocr;

public sealed class WordBagF1Tests
{
    [Theory]
    [InlineData("The fee is due.", "the fee\nis  due", 0.75)]           // "The" vs "the": case counts
    [InlineData("a b c d", "d c b a", 1.0)]                              // order does not
    [InlineData("(a) \"Fee\" means", "a Fee means", 1.0)]                // end punctuation does not
    [InlineData("increased by", "increasedby", 0.0)]                     // a glued word is two misses and a false word
    [InlineData("x x y", "x y y", 2.0 / 3.0)]                            // a bag, not a set
    public void Score_IsTheF1OfTheWordMultisets(string reference, string candidate, double expected) =>
        Assert.Equal(expected, WordBagF1.Score(reference, candidate), 6);
}
