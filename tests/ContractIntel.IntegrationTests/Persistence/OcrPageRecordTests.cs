using ContractIntel.Data.Audit;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Documents.Ocr;
using ContractIntel.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContractIntel.IntegrationTests.Persistence;

/// <summary>Per-page source, OCR confidence, page failures and word boxes are stored, read back by the auditor and hashed.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class OcrPageRecordTests(DatabaseFixture db) : DatabaseTest(db)
{
    private static Extraction.Pipeline.PipelineResult WithOcrPage(byte[] bytes)
    {
        var result = SampleResults.Succeeded(bytes);
        var document = result.Document!;
        var page2 = document.Pages[1];
        var first = document.Text.IndexOf("Governing", StringComparison.Ordinal);
        var pages = new List<PageSpan>
        {
            document.Pages[0] with { Failure = PageFailures.OcrTimeout },
            page2 with
            {
                Source = PageSources.Ocr, OcrConfidence = 91.37, OcrDpi = 300,
                Words = [new OcrWord(first, first + 9, 582, 131, 154, 70, 93.01), new OcrWord(first + 10, first + 14, 750, 131, 90, 70, 88.5)],
            },
        };
        return result with { Document = document with { Pages = pages } };
    }

    [Fact]
    public async Task Record_OcrPages_StoresSourceConfidenceFailureAndWordsAndVerifies()
    {
        var bytes = SampleResults.Bytes("ocr-A");
        var result = WithOcrPage(bytes);

        var recorded = await Db.Recorder().RecordAsync(SampleResults.Request(), bytes, result, default);

        await using var read = Db.Auditor();
        var pages = await read.Pages.OrderBy(p => p.PageNumber).ToListAsync();
        Assert.Equal([("text_layer", (double?)null, "ocr_timeout"), ("ocr", 91.37, null)], pages.Select(p => (p.Source!, p.OcrConfidence, p.Failure)));
        Assert.Null(pages[0].OcrWords);
        var words = System.Text.Json.JsonSerializer.Deserialize<double[][]>(pages[1].OcrWords!)!;
        Assert.Equal([result.Document!.Pages[1].Words[0].Start, result.Document.Pages[1].Words[0].Start + 9.0, 582, 131, 154, 70, 93.01], words[0]);
        Assert.Equal(2, words.Length);
        Assert.Equal(300, pages[1].OcrDpi);
        // The evidence a word points at is the stored page text at the word's offsets.
        var governing = pages[1].Text[((int)words[0][0] - pages[1].StartOffset)..((int)words[0][1] - pages[1].StartOffset)];
        Assert.Equal("Governing", governing);
        var report = await new AuditVerifier(read).VerifyAsync(VerifyScope.All, [], default);
        Assert.True(report.Intact, string.Join("\n", report.Problems));
        Assert.Equal(1, report.RunsChecked);
        Assert.NotEqual(Guid.Empty, recorded.RunId);
    }

    [Fact]
    public async Task Verify_OcrConfidenceChangedAfterwards_IsCaught()
    {
        var bytes = SampleResults.Bytes("ocr-B");
        var recorded = await Db.Recorder().RecordAsync(SampleResults.Request(), bytes, WithOcrPage(bytes), default);
        await Db.ExecuteAsOwnerAsync($"""
            ALTER TABLE contract_intel.pages DISABLE TRIGGER append_only;
            UPDATE contract_intel.pages SET ocr_confidence = 99 WHERE run_id = '{recorded.RunId}' AND page_number = 2;
            ALTER TABLE contract_intel.pages ENABLE TRIGGER append_only;
            """);

        await using var read = Db.Auditor();
        var report = await new AuditVerifier(read).VerifyAsync(VerifyScope.All, [], default);

        Assert.False(report.Intact);
        Assert.Contains(report.Problems, p => p.Table == "pages" && p.Row == "page_number=2");
    }
}
