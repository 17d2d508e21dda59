using ContractIntel.Extraction.Documents;

namespace ContractIntel.Tests.Documents.Ocr;

/// <summary>
/// Clause and field evidence on OCR'd pages: the scan of ETELOS pages 1-2 against the same two pages of its text
/// layer, through the segmenter, the bundled cuad-minilm model and the field rules.
/// </summary>
public sealed class OcrEvidenceTests
{
    [Fact]
    public void Extract_OnOcrPages_EvidencePointsAtTheOcrWordsAndMatchesTheTextLayer()
    {
        var scan = OcrReads.Read(OcrReaderTests.Scan);
        var original = OcrReaderTests.Original;
        var end = original.Pages[1].End;
        var text = new DocumentText(original.Text[..end], original.Pages.Take(2).ToList(), original.MediaType);
        using var model = new ClauseModelRun();

        var (scanClauses, scanFields) = model.Extract(scan);
        var (textClauses, textFields) = model.Extract(text);

        Assert.NotEmpty(scanClauses);
        Assert.NotEmpty(scanFields);
        foreach (var (page, start, stop, evidence) in scanClauses.Select(c => (c.Page, c.Start, c.End, c.Text))
                     .Concat(scanFields.Select(f => (f.Page, f.Start, f.End, f.Raw))))
        {
            Assert.Equal(evidence, scan.Text[start..stop]);
            Assert.Equal(scan.PageAt(start), page);
            var span = scan.Pages[page - 1];
            Assert.Equal(PageSources.Ocr, span.Source);
            // The evidence is made of OCR words: it starts at one word and ends at another.
            Assert.Contains(span.Words, w => w.Start <= start && start < w.End);
            Assert.Contains(span.Words, w => w.Start < stop && stop <= w.End);
        }
        // Every clause category the text layer gives, the scan gives too (OCR's line breaks differ from the text
        // layer's, so sentence boundaries, and with them the page of a repeated category or an extra finding, may
        // differ), and the same field values on the same pages.
        var scanCategories = scanClauses.Select(c => c.Category).ToHashSet();
        Assert.All(textClauses.Select(c => c.Category).Distinct(), c => Assert.Contains(c, scanCategories));
        Assert.Equal(textFields.Select(f => (f.Name, f.Value, f.Page)).Order(), scanFields.Select(f => (f.Name, f.Value, f.Page)).Order());
    }
}
