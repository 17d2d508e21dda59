using ContractIntel.Extraction.Inference;

namespace ContractIntel.Tests.Inference;

public sealed class ClauseDocsTests
{
    private static string Repo => Path.GetDirectoryName(Samples.Root)!;

    [Fact]
    public void SqlDocsListTheCategoriesExactlyAsStored()
    {
        var labels = ModelManifest.Read(Path.Combine(Repo, "models", ClauseClassifier.DefaultModel, "manifest.json")).Labels;
        var docs = File.ReadAllText(Path.Combine(Repo, "docs", "sql.md"));
        Assert.Equal(41, labels.Count);
        Assert.All(labels, l => Assert.Contains($"| `{l}` |", docs, StringComparison.Ordinal));
    }
}
