using System.Runtime.InteropServices;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace ContractIntel.Extraction.Documents;

/// <summary>
/// PDF to text with PdfPig. <see cref="ContentOrderTextExtractor"/> keeps the line breaks (<c>page.Text</c> glues
/// lines into words such as "increasedby"); pages are joined by a blank line.
/// </summary>
internal static class PdfTextReader
{
    // A scan can carry a few stray letters (an OCR'd chart label, an image name); real text pages carry hundreds.
    // Below this average, with images present, the document is treated as having no usable text layer.
    private const int MinLettersPerPage = 32;

    public static DocumentText Read(ReadOnlyMemory<byte> bytes, ExtractionLimits limits)
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
            return Extract(pdf);
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

    private static DocumentText Extract(PdfDocument pdf)
    {
        var builder = new PageTextBuilder();
        var letters = 0;
        var images = 0;
        for (var number = 1; number <= pdf.NumberOfPages; number++)
        {
            var page = pdf.GetPage(number);
            var text = TextNormalizer.NormalizeLineEndings(ContentOrderTextExtractor.GetText(page)).TrimEnd();
            builder.NewPage();
            builder.Append(text);
            foreach (var c in text)
            {
                if (char.IsLetter(c)) letters++;
            }
            images += page.NumberOfImages;
        }

        if (pdf.NumberOfPages == 0)
            throw new DocumentRejectedException(FailureReason.Empty, "The PDF has no pages.");
        if (images > 0 && letters < MinLettersPerPage * pdf.NumberOfPages)
            throw new DocumentRejectedException(FailureReason.NoTextLayer,
                $"The PDF has images but only {letters} letters of text on {pdf.NumberOfPages} pages; it looks scanned (OCR is not done here).");
        var document = builder.Build(MediaTypes.Pdf);
        // No text and no images: the pages are blank (a page without /Contents is a blank page, not an error).
        if (string.IsNullOrWhiteSpace(document.Text))
            throw new DocumentRejectedException(FailureReason.Empty, "The PDF's pages hold no text and no images.");
        return document;
    }
}
