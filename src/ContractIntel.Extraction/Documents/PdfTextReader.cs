using System.Runtime.InteropServices;
using ContractIntel.Extraction.Documents.Ocr;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace ContractIntel.Extraction.Documents;

/// <summary>
/// PDF to text with PdfPig. <see cref="ContentOrderTextExtractor"/> keeps the line breaks (<c>page.Text</c> glues
/// lines into words such as "increasedby"); pages are joined by a blank line. A scanned page (see
/// <see cref="ScanDetector"/>) is OCR'd on its own, so a mixed document is read page by page.
/// </summary>
internal static class PdfTextReader
{
    /// <param name="ocr">Null when OCR is turned off.</param>
    public static DocumentText Read(ReadOnlyMemory<byte> bytes, ExtractionLimits limits, OcrOptions? ocr = null)
    {
        var array = MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : bytes.ToArray();
        try
        {
            // PdfPig tries the empty user password by default, so "encrypted" here means a password is required.
            using var pdf = PdfDocument.Open(array);
            if (pdf.NumberOfPages > limits.MaxPages)
                throw new DocumentRejectedException(FailureReason.TooManyPages, $"The PDF has {pdf.NumberOfPages} pages; the limit is {limits.MaxPages}.");
            using var session = ocr is null ? null : new PdfPageOcr(ocr, array);
            return Extract(pdf, session);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new DocumentRejectedException(FailureReason.Encrypted, "The PDF is encrypted and needs a password.", e);
        }
        catch (PdfDocumentFormatException e)
        {
            throw new DocumentRejectedException(FailureReason.Corrupt, $"The PDF cannot be parsed: {e.Message}", e);
        }
        catch (PdfDocumentStackDepthException e)
        {
            throw new DocumentRejectedException(FailureReason.Corrupt, "The PDF nests objects too deeply to parse.", e);
        }
        catch (Exception e) when (IsFormatError(e))
        {
            // Everything PdfPig throws while reading the document's own bytes is a property of those bytes:
            // damaged PDFs raise ArgumentNullException, NullReferenceException, InvalidFontFormatException,
            // "Missing CMap", index and cast errors from deep inside the parser. Retrying the same bytes cannot help.
            throw new DocumentRejectedException(FailureReason.Corrupt, $"The PDF cannot be parsed ({e.GetType().Name}).", e);
        }
    }

    /// <summary>
    /// Not a format error: our own rejections, and running out of memory or stack (the isolated reader's caps
    /// turn those into parse_memory, and a stack overflow kills the reader process, which is reported as corrupt).
    /// </summary>
    private static bool IsFormatError(Exception e) =>
        e is not (DocumentRejectedException or OutOfMemoryException or InsufficientExecutionStackException or OperationCanceledException);

    private static DocumentText Extract(PdfDocument pdf, PdfPageOcr? ocr)
    {
        var builder = new PageTextBuilder();
        var tally = new ScanTally();
        for (var number = 1; number <= pdf.NumberOfPages; number++)
        {
            var page = pdf.GetPage(number);
            var text = TextNormalizer.NormalizeLineEndings(ContentOrderTextExtractor.GetText(page)).TrimEnd();
            var letters = ScanDetector.Letters(text);
            tally.Letters += letters;
            tally.Images += page.NumberOfImages;
            builder.NewPage();
            var scanDpi = ScanDetector.NeedsOcr(page, letters);
            if (scanDpi is null)
            {
                builder.Append(text);
                tally.Usable += letters >= ScanDetector.MinLettersPerPage ? 1 : 0;
                continue;
            }
            tally.Scanned++;
            var read = ocr?.Read(number, page.Width, page.Height, scanDpi.Value) ?? OcrPage.Failed(PageFailures.OcrDisabled, "OCR is turned off.");
            if (read.Failure is null)
            {
                var start = builder.Length;
                builder.Append(read.Text);
                builder.Describe(PageSources.Ocr, read.MeanConfidence, null,
                    read.Words.Select(w => w with { Start = w.Start + start, End = w.End + start }).ToList(), read.Dpi);
                tally.Usable++;
            }
            else
            {
                // The stray text-layer letters stay, and the page says why it has no OCR text.
                builder.Append(text);
                builder.Describe(PageSources.TextLayer, null, read.Failure, []);
                if (read.Failure is PageFailures.OcrTimeout or PageFailures.OcrFailed) tally.Failed.Add($"page {number}: {read.Message}");
            }
        }

        if (pdf.NumberOfPages == 0)
            throw new DocumentRejectedException(FailureReason.Empty, "The PDF has no pages.");
        tally.ThrowIfUnreadable(pdf.NumberOfPages, ocrEnabled: ocr is not null);
        var document = builder.Build(MediaTypes.Pdf);
        // No text and no images: the pages are blank (a page without /Contents is a blank page, not an error).
        if (string.IsNullOrWhiteSpace(document.Text))
            throw new DocumentRejectedException(FailureReason.Empty, "The PDF's pages hold no text and no images.");
        return document;
    }
}
