using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractIntel.Extraction.Clauses;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Fields;
using ContractIntel.Extraction.Inference;
using ContractIntel.Extraction.Pipeline;
using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Tests.Inference;

public sealed class ClauseCalibrationTests
{
    private const string Contract =
        "DISTRIBUTION AGREEMENT\n\nThis Distribution Agreement is made on May 8, 2014 between Acme Corp. (\"Acme\") and Beta LLC (\"Beta\").\n\n" +
        "1. Term. This Agreement renews for successive one (1) year terms unless either party gives ninety (90) days notice.\n";

    private static IReadOnlyList<ModelIdentity> Recorded(string root)
    {
        using var classifier = ClauseClassifier.Create(TestModels.Options(root), "c");
        var pipeline = new DocumentPipeline(new DocumentReader(new ExtractionLimits()), new Segmenter(), classifier, null,
            new ContractFieldExtractor(), new ExtractionLimits(), TimeProvider.System);
        return pipeline.Run(new DocumentInput(Encoding.UTF8.GetBytes(Contract), "c.txt", "text/plain", "contract", false)).Models;
    }

    /// <summary>The edit the issue describes: same weights, one threshold changed in the manifest.</summary>
    private static void SetThreshold(string folder, string category, double value)
    {
        var path = Path.Combine(folder, "manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(path))!;
        manifest["thresholds"]![category] = value;
        File.WriteAllText(path, manifest.ToJsonString());
    }

    private static void WriteCalibration(string folder, double operatingPoint, bool enabled, string? artifactSha256 = null) =>
        File.WriteAllText(Path.Combine(folder, ClauseCalibration.FileName), new ClauseCalibration
        {
            OperatingPoint = operatingPoint, Contracts = ["x"], ArtifactSha256 = artifactSha256 ?? TestModels.Sha256(Path.Combine(folder, "weights.npz")),
            Categories = new Dictionary<string, CategoryCalibration>
            {
                ["Always"] = new()
                {
                    Enabled = enabled,
                    Sources = new Dictionary<string, IsotonicMap> { [CandidateSources.Sentence] = new() { X = [0, 1], Y = [0.9, 0.9] } },
                },
            },
        }.ToJson());

    [Fact]
    public void AChangedThresholdOrCalibrationChangesTheIdentityARunRecords()
    {
        using var root = TestModels.NewRoot();
        var folder = TestModels.Write(root, "c", "clauses", ["Always"], thresholds: new Dictionary<string, float> { ["Always"] = 0.5f });
        var first = Assert.Single(Recorded(root)).Sha256;
        var artifact = TestModels.Sha256(Path.Combine(folder, "weights.npz"));

        SetThreshold(folder, "Always", 0.99);
        Assert.Equal(artifact, TestModels.Sha256(Path.Combine(folder, "weights.npz")));
        var rethresholded = Assert.Single(Recorded(root)).Sha256;
        Assert.NotEqual(first, rethresholded);

        WriteCalibration(folder, 0.5, enabled: true);
        var calibrated = Assert.Single(Recorded(root)).Sha256;
        Assert.NotEqual(rethresholded, calibrated);

        WriteCalibration(folder, 0.6, enabled: true);
        Assert.NotEqual(calibrated, Assert.Single(Recorded(root)).Sha256);
    }

    [Fact]
    public void ModelsSealNoticesAnEditedManifest()
    {
        using var root = TestModels.NewRoot();
        var folder = TestModels.Write(root, "c", "clauses", ["Always"]);
        var manifest = ModelManifest.Read(Path.Combine(folder, "manifest.json"));
        Assert.Equal("unsealed", ModelFiles.SealState(folder, manifest));
        ModelFiles.Seal(folder, manifest);
        Assert.Equal("sealed", ModelFiles.SealState(folder, manifest));
        SetThreshold(folder, "Always", 0.99);
        Assert.Equal("changed", ModelFiles.SealState(folder, manifest));
    }

    [Fact]
    public void ACalibratedModelStoresSpansAtTheOperatingPointInEnabledCategoriesOnly()
    {
        using var root = TestModels.NewRoot();
        var folder = TestModels.Write(root, "c", "clauses", ["Always", "Never"]);
        var document = new DocumentReader(new ExtractionLimits()).Read(Encoding.UTF8.GetBytes(Contract), "c.txt", "text/plain");
        var segments = new Segmenter().Split(document);

        WriteCalibration(folder, 0.5, enabled: true);
        using (var classifier = ClauseClassifier.Create(TestModels.Options(root), "c"))
        {
            var findings = classifier.Classify(document, segments);
            Assert.NotEmpty(findings);
            Assert.All(findings, f => Assert.Equal(("Always", 0.9f), (f.Category, f.Score)));
            Assert.All(findings, f => Assert.Equal(document.Text[f.Start..f.End], f.Text));
            // One clause, one finding: stored spans of a category never overlap.
            var ordered = findings.OrderBy(f => f.Start).ToList();
            Assert.All(ordered.Zip(ordered.Skip(1)), p => Assert.True(p.First.End <= p.Second.Start));
        }
        WriteCalibration(folder, 0.95, enabled: true);
        using (var classifier = ClauseClassifier.Create(TestModels.Options(root), "c")) Assert.Empty(classifier.Classify(document, segments));
        WriteCalibration(folder, 0.5, enabled: false);
        using (var classifier = ClauseClassifier.Create(TestModels.Options(root), "c")) Assert.Empty(classifier.Classify(document, segments));
        // Calibrated and enabled, but the model card switched the category off (threshold 1.0): nothing stored.
        WriteCalibration(folder, 0.5, enabled: true);
        SetThreshold(folder, "Always", 1.0);
        using (var classifier = ClauseClassifier.Create(TestModels.Options(root), "c")) Assert.Empty(classifier.Classify(document, segments));
    }

    [Fact]
    public void ACalibrationFittedOnOtherWeightsIsIgnored()
    {
        using var root = TestModels.NewRoot();
        var folder = TestModels.Write(root, "c", "clauses", ["Always"]);
        WriteCalibration(folder, 0.5, enabled: true, artifactSha256: new string('0', 64));
        using var classifier = ClauseClassifier.Create(TestModels.Options(root), "c");
        Assert.True(classifier.StaleCalibration);
        Assert.Null(classifier.Calibration);
    }

    [Fact]
    public void IsotonicFitIsMonotoneAndShrunkTowardsZero()
    {
        var map = IsotonicMap.Fit([(0.1, false), (0.2, true), (0.3, false), (0.8, true), (0.9, true)]);
        // Blocks: {0.1} 0/1, {0.2, 0.3} 1/2, {0.8} 1/1, {0.9} 1/1, merged to {0.8, 0.9} 2/2; values hits / (n + 1).
        Assert.Equal(0.0, map.Apply(0.05));
        Assert.Equal(1.0 / 3, map.Apply(0.25), 5);
        Assert.Equal(2.0 / 3, map.Apply(0.95), 5);
        var values = Enumerable.Range(0, 101).Select(i => map.Apply(i / 100.0)).ToList();
        Assert.Equal(values.Order(), values);
        Assert.Equal(map.Apply(0.5), JsonSerializer.Deserialize<IsotonicMap>(JsonSerializer.Serialize(map))!.Apply(0.5));
    }
}
