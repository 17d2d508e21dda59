using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Tests.Documents;

public sealed class SampleInvariantTests
{
    private readonly DocumentReader reader = new(new ExtractionLimits());

    [Theory]
    [MemberData(nameof(Samples.AllData), MemberType = typeof(Samples))]
    public void Read_EverySample_PagesTileAndSegmentOffsetsGiveTheirText(string sample)
    {
        DocumentText document;
        try
        {
            document = reader.Read(Samples.Bytes(sample), Path.GetFileName(sample), null);
        }
        catch (DocumentRejectedException) when (sample.StartsWith("hard-cases/", StringComparison.Ordinal))
        {
            return; // HardCaseTests says which reason each one gets.
        }

        DocumentAssert.PagesTile(document);
        var segments = new Segmenter().Split(document);
        Assert.Contains(segments, s => s.Kind == SegmentKind.Sentence);
        DocumentAssert.SegmentsConsistent(document, segments);
    }

    [Fact]
    public void Samples_AreAllThere()
    {
        var all = Samples.All().ToList();
        Assert.Equal(5, all.Count(f => f.StartsWith("contracts/", StringComparison.Ordinal)));
        Assert.Equal(3, all.Count(f => f.StartsWith("cuad-txt/", StringComparison.Ordinal)));
        Assert.Equal(6, all.Count(f => f.StartsWith("edgar/", StringComparison.Ordinal)));
        Assert.Equal(13, all.Count(f => f.StartsWith("hard-cases/", StringComparison.Ordinal)));
    }
}
