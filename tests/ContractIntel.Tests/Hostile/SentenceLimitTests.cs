using System.Text;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Fields;
using ContractIntel.Extraction.Pipeline;
using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Tests.Hostile;

/// <summary>
/// A text file is one page, so the page limit never stops it; the sentence limit does, before any model runs, so a
/// 50 MB text ends in seconds as a recorded failure instead of holding the worker for most of an hour.
/// </summary>
public sealed class SentenceLimitTests
{
    private static PipelineResult Run(byte[] bytes, ExtractionLimits limits) =>
        new DocumentPipeline(new DocumentReader(limits), new Segmenter(), null, null, new ContractFieldExtractor(), limits, TimeProvider.System)
            .Run(new DocumentInput(bytes, "big.txt", "text/plain", "contract", false));

    [Fact]
    public void Run_FiftyMegabyteText_FailsTooManySentencesBeforeTheModels()
    {
        var result = Run(HostileCorpus.LargeText(50), new ExtractionLimits());
        Assert.Equal(FailureReason.TooManySentences, result.Failure);
        Assert.Equal("too_many_sentences", result.Failure!.Value.ToCode());
        Assert.DoesNotContain(result.Timings, t => t.Stage is "clauses" or "sentiment" or "fields");
    }

    [Fact]
    public void Run_AtTheLimit_Succeeds_OneMore_Fails()
    {
        static byte[] Sentences(int n) => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, n).Select(i => $"The Supplier shall deliver lot {i} on time. ")));
        var atLimit = Run(Sentences(40), new ExtractionLimits { MaxSentences = 40 });
        Assert.True(atLimit.Succeeded, atLimit.FailureMessage);
        Assert.Equal(FailureReason.TooManySentences, Run(Sentences(41), new ExtractionLimits { MaxSentences = 40 }).Failure);
    }
}
