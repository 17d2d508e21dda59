using ContractIntel.Extraction.Inference;
using ContractIntel.Models;

namespace ContractIntel.Tests.Inference;

public sealed class FineTunedModelTests
{
    private static readonly string[] Labels = ["positive", "negative", "neutral"];

    private static readonly string[] Sentences =
    [
        "Operating profit rose to EUR 13.1 mn from EUR 8.7 mn in the corresponding period in 2007.",
        "The company's net sales in Q4 fell by 12% to $5.2 million.",
        "Société Générale and Nestlé did not comment.",
        "Finnish Talentum reports its operating profit increased to EUR 20.5 mn in 2005 from EUR 9.3 mn in 2004.",
        "The contract includes heating plant equipment and a new boiler.",
        "Pretax loss totalled EUR 117mn compared to a loss of EUR 65mn in the corresponding period.",
    ];

    [Fact]
    public void LoaderRejectsAnArtifactWhoseSha256DiffersFromTheManifest()
    {
        using var root = TestModels.NewRoot();
        var folder = TestModels.Write(root, "finsent-test", "sentiment", Labels);
        File.AppendAllText(Path.Combine(folder, "weights.npz"), " ");
        var e = Assert.Throws<InvalidOperationException>(() => FineTunedModel.Load("finsent-test", TestModels.Options(root)));
        Assert.Contains("sha256", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoaderRejectsAMissingModel()
    {
        using var root = TestModels.NewRoot();
        Assert.Throws<InvalidOperationException>(() => FineTunedModel.Load("absent", TestModels.Options(root)));
    }

    [Fact]
    public void ReplacedInitializerChangesTheEncoderAndHeadIsAppliedInCSharp()
    {
        using var root = TestModels.NewRoot();
        TestModels.Write(root, "shifted", "sentiment", Labels, biasShift: 0.5f);
        TestModels.Write(root, "unshifted", "sentiment", Labels, biasShift: 0f);
        using var shifted = FineTunedModel.Load("shifted", TestModels.Options(root));
        using var unshifted = FineTunedModel.Load("unshifted", TestModels.Options(root));
        var a = shifted.Embed(Sentences);
        var b = unshifted.Embed(Sentences);
        Assert.Contains(a.Zip(b), p => BenchVerb.Cosine(p.First, p.Second) < 0.99999);

        var (logits, probabilities) = shifted.Predict(Sentences, WindowAggregation.Mean);
        var head = NpzArchive.Read(Path.Combine(root, "models", "shifted", "weights.npz"));
        for (var i = 0; i < Sentences.Length; i++)
        {
            for (var k = 0; k < 3; k++)
            {
                var expected = head["head.bias"].Data[k] + Enumerable.Range(0, 384).Sum(h => (double)head["head.weight"].Data[k * 384 + h] * a[i][h]);
                Assert.Equal(expected, logits[i][k], 4);
            }
            Assert.Equal(1.0, probabilities[i].Sum(), 5);
            Assert.Equal(Array.IndexOf(logits[i], logits[i].Max()), Array.IndexOf(probabilities[i], probabilities[i].Max()));
        }
    }

    [Fact]
    public void LongTextsAreSplitIntoWindowsNotCut()
    {
        using var root = TestModels.NewRoot();
        TestModels.Write(root, "m", "sentiment", Labels);
        using var model = FineTunedModel.Load("m", TestModels.Options(root));
        var text = string.Join(' ', Enumerable.Repeat("profit", 300));
        var windows = model.Windows(text);
        Assert.Equal(3, windows.Count);
        Assert.All(windows, w => Assert.True(w.Length <= 128 && w[0] == WordPieceTokenizer.ClsId && w[^1] == WordPieceTokenizer.SepId));
        Assert.Equal(300, windows.Sum(w => w.Length - 2));
        Assert.Single(model.Windows(""));
    }

    [Fact]
    public void Int8EmbeddingsStayCloseToFp32()
    {
        using var root = TestModels.NewRoot();
        TestModels.Write(root, "m", "sentiment", Labels);
        using var fp32 = FineTunedModel.Load("m", TestModels.Options(root, "fp32"));
        using var int8 = FineTunedModel.Load("m", TestModels.Options(root, "int8"));
        Assert.Equal(InferencePrecision.Int8, int8.Identity.Precision);
        var a = fp32.Embed(Sentences);
        var b = int8.Embed(Sentences);
        Assert.All(a.Zip(b), p => Assert.True(BenchVerb.Cosine(p.First, p.Second) >= 0.98, $"cosine {BenchVerb.Cosine(p.First, p.Second)}"));
        Assert.Contains(a.Zip(b), p => BenchVerb.Cosine(p.First, p.Second) < 0.99999);
    }
}
