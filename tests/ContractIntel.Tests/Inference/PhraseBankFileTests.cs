using System.Text;
using ContractIntel.Eval;

namespace ContractIntel.Tests.Inference;

public sealed class PhraseBankFileTests
{
    [Fact]
    public void ReadsLatin1CrlfAndLfSplittingOnTheLastAt()
    {
        using var root = TestModels.NewRoot();
        var path = Path.Combine(root, "pb.txt");
        var text = "Profit rose @ 5 % .@positive\r\nSepp\u00e4l\u00e4 sales fell@negative\nNo change@neutral";
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(text));
        var rows = PhraseBankFile.Read(path);
        Assert.Equal(3, rows.Count);
        Assert.Equal(("Profit rose @ 5 % .", "positive"), rows[0]);
        Assert.Equal(("Sepp\u00e4l\u00e4 sales fell", "negative"), rows[1]);
        Assert.Equal("neutral", rows[2].Label);
    }

    [Fact]
    public void AccuracyMacroF1AndPerClassAreComputedFromTheConfusion()
    {
        var report = ClassificationReport.Compute(
            PhraseBankFile.Labels,
            ["positive", "positive", "negative", "neutral"],
            ["positive", "neutral", "negative", "neutral"]);
        Assert.Equal(0.75, report.Accuracy, 10);
        Assert.Equal(1.0, report.PerClass["positive"].Precision, 10);
        Assert.Equal(0.5, report.PerClass["positive"].Recall, 10);
        Assert.Equal(0.5, report.PerClass["neutral"].Precision, 10);
        Assert.Equal(2, report.PerClass["positive"].Support);
        Assert.Equal((2.0 / 3 + 1 + 2.0 / 3) / 3, report.MacroF1, 10);
    }
}
