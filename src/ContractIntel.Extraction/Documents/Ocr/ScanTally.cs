namespace ContractIntel.Extraction.Documents.Ocr;

/// <summary>What a PDF's pages held, for the document-level verdict once every page has been read.</summary>
internal sealed class ScanTally
{
    public int Letters { get; set; }
    public int Images { get; set; }
    public int Scanned { get; set; }
    public int Usable { get; set; }
    public List<string> Failed { get; } = [];

    /// <summary>
    /// With OCR off, the old rule: images and almost no letters overall is <c>no_text_layer</c>. With OCR on, a
    /// document fails only when no page ended with usable text: <c>ocr_failed</c> when OCR broke on a page,
    /// <c>no_text_layer</c> when it ran and found nothing.
    /// </summary>
    public void ThrowIfUnreadable(int pages, bool ocrEnabled)
    {
        if (!ocrEnabled)
        {
            if (Images > 0 && Letters < ScanDetector.MinLettersPerPage * pages)
                throw new DocumentRejectedException(FailureReason.NoTextLayer,
                    $"The PDF has images but only {Letters} letters of text on {pages} pages; it looks scanned and OCR is turned off.");
            return;
        }
        if (Scanned == 0 || Usable > 0)
            return;
        if (Failed.Count > 0)
            throw new DocumentRejectedException(FailureReason.OcrFailed, $"OCR failed on every scanned page: {string.Join("; ", Failed)}.");
        throw new DocumentRejectedException(FailureReason.NoTextLayer,
            $"The PDF's {Scanned} scanned page(s) have no text layer and OCR found no words on them.");
    }
}
