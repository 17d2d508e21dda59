using System.Text.Json;
using ContractIntel.Extraction.Inference;

namespace ContractIntel.Tests.Inference;

/// <summary>
/// For every committed model (models/&lt;name&gt;/ with parity.json, copied next to the tests): the C# tokenization
/// equals the training pipeline's input_ids, and the C# fp32 logits are within 1e-4 of torch's on the same
/// stored weights.
/// </summary>
public sealed class ParityTests
{
    private static readonly string ModelsDirectory = Path.Combine(AppContext.BaseDirectory, "models");

    public static TheoryData<string> CommittedModels()
    {
        var data = new TheoryData<string>();
        if (!Directory.Exists(ModelsDirectory)) return data;
        foreach (var dir in Directory.GetDirectories(ModelsDirectory).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(dir, "parity.json"))) data.Add(Path.GetFileName(dir));
        }
        return data;
    }

    [Fact]
    public void AtLeastOneModelIsCommittedWithParityCases() =>
        Assert.True(CommittedModels().Count > 0, $"no models/<name>/parity.json under {ModelsDirectory}");

    [Theory]
    [MemberData(nameof(CommittedModels))]
    public void TokenizationAndFp32LogitsMatchTorch(string name)
    {
        var options = new InferenceOptions
        {
            ModelsPath = ModelsDirectory,
            CachePath = TestFolders.Shared("parity-cache"),
            Precision = "fp32",
        };
        using var model = FineTunedModel.Load(name, options);
        using var parity = JsonDocument.Parse(File.ReadAllText(Path.Combine(ModelsDirectory, name, "parity.json")));
        var cases = parity.RootElement.GetProperty("cases").EnumerateArray().ToList();
        Assert.NotEmpty(cases);
        var texts = cases.Select(c => c.GetProperty("text").GetString()!).ToList();
        for (var i = 0; i < cases.Count; i++)
        {
            var expectedIds = cases[i].GetProperty("input_ids").EnumerateArray().Select(e => e.GetInt32()).ToArray();
            var windows = model.Windows(texts[i]);
            Assert.Single(windows);
            Assert.Equal(expectedIds, windows[0]);
        }
        var (logits, _) = model.Predict(texts, WindowAggregation.Max);
        for (var i = 0; i < cases.Count; i++)
        {
            var expected = cases[i].GetProperty("logits").EnumerateArray().Select(e => e.GetDouble()).ToArray();
            Assert.Equal(expected.Length, logits[i].Length);
            for (var k = 0; k < expected.Length; k++)
            {
                Assert.True(Math.Abs(expected[k] - logits[i][k]) <= 1e-4, $"{name} case {i} logit {k}: C# {logits[i][k]}, torch {expected[k]}");
            }
        }
    }
}
