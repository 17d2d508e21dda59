using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Documents.Ocr;
using ContractIntel.Reading;

namespace ContractIntel.Tests.Hostile;

/// <summary>
/// The hostile corpus through the isolated reader (a real <c>contractintel read-document</c> child per document):
/// every case ends as text or a recorded reason, and the caps turn a hang, a crash and a memory blow-up into
/// parse_timeout, corrupt and parse_memory.
/// </summary>
public sealed class IsolatedReaderTests : IDisposable
{
    private static readonly ExtractionLimits Limits = new();

    // Each reader keeps a child started ahead for its next document; disposing stops it with the test.
    private readonly List<IsolatedDocumentReader> _readers = [];

    private IsolatedDocumentReader Reader(ExtractionLimits? limits = null, ReaderCommand? command = null, OcrOptions? ocr = null)
    {
        var reader = new IsolatedDocumentReader(limits ?? Limits, command ?? new ReaderCommand(), ocr);
        _readers.Add(reader);
        return reader;
    }

    public void Dispose()
    {
        foreach (var reader in _readers) reader.Dispose();
    }

    /// <summary>The outcome as a reason code ("ok" for text); anything but a rejection fails the test.</summary>
    private static string Outcome(IsolatedDocumentReader reader, byte[] bytes, string name)
    {
        try
        {
            var document = reader.Read(bytes, name, null);
            Assert.False(string.IsNullOrEmpty(document.Text));
            return "ok";
        }
        catch (DocumentRejectedException e)
        {
            return e.Reason.ToCode();
        }
    }

    [Fact]
    public void Read_MixedScan_CarriesOcrPagesBackFromTheChild()
    {
        var bytes = Samples.Bytes("scanned/etelos-mixed-cover-text-body-scan.pdf");
        var ocr = new OcrOptions();
        var isolated = Reader(ocr: ocr).Read(bytes, "mixed.pdf", null);
        var direct = new DocumentReader(Limits, ocr).Read(bytes, "mixed.pdf", null);
        Assert.Equal(direct.Text, isolated.Text);
        Assert.Equal(direct.Pages, isolated.Pages);
        Assert.Contains(isolated.Pages, p => p.Source == PageSources.Ocr && p.Words.Count > 0);
    }

    [Fact]
    public void Read_SamplePdf_GivesTheSameTextAsInProcess()
    {
        var bytes = Samples.Bytes("contracts/ETELOS,INC_03_09_2004-EX-10.8-DISTRIBUTOR AGREEMENT.PDF");
        var isolated = Reader().Read(bytes, "a.pdf", null);
        var direct = new DocumentReader(Limits).Read(bytes, "a.pdf", null);
        Assert.Equal(direct.Text, isolated.Text);
        Assert.Equal(direct.Pages, isolated.Pages);
        Assert.Equal(direct.MediaType, isolated.MediaType);
    }

    [Fact]
    public void Read_SixtyByteFlippedMutants_EachEndsAsTextOrAReason()
    {
        var reader = Reader();
        var outcomes = HostileCorpus.Mutants(60).Select(m => Outcome(reader, m.Bytes, m.Name)).ToList();
        Assert.Equal(60, outcomes.Count);
        Assert.All(outcomes, o => Assert.Contains(o, new[] { "ok", "corrupt", "empty", "no_text_layer", "parse_memory", "parse_timeout" }));
    }

    [Fact]
    public void Read_TruncatedPdfs_AreCorruptOrPartialText()
    {
        var reader = Reader();
        Assert.All(HostileCorpus.Truncations(), t => Assert.Contains(Outcome(reader, t.Bytes, t.Name), new[] { "ok", "corrupt", "empty" }));
    }

    [Fact]
    public void Read_PageTreeLoopAndDeepNesting_EndWithoutHangingTheCaller()
    {
        var reader = Reader();
        Assert.Contains(Outcome(reader, HostileCorpus.PageTreeLoop(), "loop.pdf"), new[] { "ok", "corrupt", "too_many_pages" });
        Assert.Contains(Outcome(reader, HostileCorpus.DeepNesting(), "deep.pdf"), new[] { "ok", "corrupt", "empty" });
    }

    [Fact]
    public void Read_FlateBombOfOneGibibyte_EndsUnderTheCap()
    {
        // Uncapped, PdfPig takes 2.6 GB inflating this stream of zeros; with the reader's heap capped it either
        // streams through it (the pages hold nothing: empty) or runs out of its heap (parse_memory).
        Assert.Contains(Outcome(Reader(), HostileCorpus.FlateBomb(), "bomb.pdf"), new[] { "empty", "parse_memory" });
    }

    [Fact]
    public void Read_FiftyMegabyteText_IsReadWhole()
    {
        var bytes = HostileCorpus.LargeText(50);
        var document = Reader().Read(bytes, "big.txt", null);
        Assert.Equal(bytes.Length, document.Text.Length);
    }

    [Fact]
    public void Read_ReaderThatHangs_IsKilledAsParseTimeout()
    {
        var reader = Reader(new ExtractionLimits { ReadTimeoutSeconds = 1 }, new ReaderCommand("sh", "-c", "sleep 60", "sh"));
        Assert.Equal("parse_timeout", Outcome(reader, "text"u8.ToArray(), "a.txt"));
    }

    [Fact]
    public void Read_ReaderThatGrowsPastTheCap_IsKilledAsParseMemory()
    {
        // Native memory (not the capped GC heap): only the watchdog on the resident set can stop it.
        var grow = "x=$(head -c 400000000 /dev/zero | tr '\\0' a); sleep 60";
        var reader = Reader(new ExtractionLimits { ReadMemoryMegabytes = 256, ReadTimeoutSeconds = 120 }, new ReaderCommand("sh", "-c", grow, "sh"));
        Assert.Equal("parse_memory", Outcome(reader, "text"u8.ToArray(), "a.txt"));
    }

    [Fact]
    public void Read_ReaderThatCrashes_IsCorrupt()
    {
        var reader = Reader(command: new ReaderCommand("sh", "-c", "kill -SEGV $$", "sh"));
        Assert.Equal("corrupt", Outcome(reader, "text"u8.ToArray(), "a.txt"));
    }

    [Fact]
    public void Read_TextDeclaredAsPdf_IsReadAsText()
    {
        var document = Reader().Read("This Agreement is governed by the laws of Delaware.\n"u8.ToArray(), "contract.pdf", "application/pdf");
        Assert.Equal(MediaTypes.PlainText, document.MediaType);
    }

    [Fact]
    public void Read_StartsTheNextChildAhead_OnlyWhileMoreDocumentsAreExpected()
    {
        var text = "This Agreement is governed by the laws of Delaware.\n"u8.ToArray();
        var open = Reader();
        open.Read(text, "a.txt", null);
        Assert.Equal(1, open.StartsAhead);

        var batch = Reader();
        batch.ExpectAtMost(2);
        batch.Read(text, "a.txt", null);
        Assert.Equal(1, batch.StartsAhead);
        batch.Read(text, "b.txt", null);
        Assert.Equal(1, batch.StartsAhead); // the second and last document: no child is started for a third
    }
}
