using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Segmentation;
using ContractIntel.Tests.Documents.Ocr;

namespace ContractIntel.Tests.Documents;

public sealed class SampleInvariantTests
{
    [Theory]
    [MemberData(nameof(Samples.AllData), MemberType = typeof(Samples))]
    public void Read_EverySample_PagesTileAndSegmentOffsetsGiveTheirText(string sample)
    {
        DocumentText document;
        try
        {
            // Shared with the OCR tests, so each scanned sample is OCR'd once per run.
            document = OcrReads.Read(sample);
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
        Assert.Equal(2, all.Count(f => f.StartsWith("scanned/", StringComparison.Ordinal)));
        Assert.Equal(1, all.Count(f => f.StartsWith("word/", StringComparison.Ordinal)));
    }
}
