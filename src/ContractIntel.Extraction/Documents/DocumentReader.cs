using ContractIntel.Extraction.Documents.Ocr;

namespace ContractIntel.Extraction.Documents;

/// <summary>
/// Reads PDF (scanned pages through OCR), Word (.docx), HTML (EDGAR and inline XBRL), EDGAR SGML submissions and
/// plain text into one text and a page map.
/// </summary>
/// <param name="ocr">OCR settings; null means the defaults (OCR on).</param>
public sealed class DocumentReader(ExtractionLimits limits, OcrOptions? ocr = null) : IDocumentReader
{
    private readonly OcrOptions? pageOcr = ocr is { Enabled: false } ? null : ocr ?? new OcrOptions();

    /// <summary>Detects the media type from the bytes (falling back to the file name), or null when unsupported.</summary>
    public static string? DetectMediaType(ReadOnlySpan<byte> bytes, string fileName) => MediaTypeSniffer.Detect(bytes, fileName);

    /// <summary>
    /// Reads the document as what its bytes are. A declared type only chooses between the text formats (HTML or
    /// plain text for bytes that are text); it never makes text bytes a PDF or binary bytes text. Declared
    /// text/plain that is an EDGAR submission is read as one.
    /// </summary>
    /// <exception cref="DocumentRejectedException">The document is encrypted, corrupt, empty, has no text layer, is unsupported or over a limit.</exception>
    public DocumentText Read(ReadOnlyMemory<byte> bytes, string fileName, string? mediaType)
    {
        if (bytes.Length == 0)
            throw new DocumentRejectedException(FailureReason.Empty, "The document has no bytes.");
        if (bytes.Length > limits.MaxBytes)
            throw new DocumentRejectedException(FailureReason.TooLarge, $"The document is {bytes.Length} bytes; the limit is {limits.MaxBytes}.");

        var type = Resolve(bytes.Span, fileName, mediaType)
            ?? throw new DocumentRejectedException(FailureReason.UnsupportedMediaType,
                $"Unsupported media type {mediaType ?? "(unknown)"}: PDF, Word (.docx), HTML, EDGAR submissions and plain text are read.");
        var document = type switch
        {
            MediaTypes.Pdf => PdfTextReader.Read(bytes, limits, pageOcr),
            MediaTypes.Docx => Word.WordTextReader.Read(bytes),
            MediaTypes.Html => HtmlTextReader.Read(bytes.Span),
            MediaTypes.EdgarSubmission => EdgarSubmissionReader.Read(bytes.Span),
            _ => PlainTextReader.Read(bytes.Span),
        };

        if (document.Pages.Count > limits.MaxPages)
            throw new DocumentRejectedException(FailureReason.TooManyPages, $"The document has {document.Pages.Count} pages; the limit is {limits.MaxPages}.");
        if (string.IsNullOrWhiteSpace(document.Text))
            throw new DocumentRejectedException(FailureReason.Empty, "The document has no text.");
        return document;
    }

    internal ExtractionLimits Limits => limits;

    /// <summary>The type the document is read as: from the bytes, with the declared type deciding only between text formats.</summary>
    public static string? Resolve(ReadOnlySpan<byte> bytes, string fileName, string? declared)
    {
        var detected = MediaTypeSniffer.Detect(bytes, fileName);
        var type = declared?.Split(';')[0].Trim().ToLowerInvariant();
        // Bytes with stray controls that a sender declares as text are read as text (controls become spaces);
        // a known binary format (zip, image, OLE) never is, nor is anything declared as something else.
        if (detected is null && type == MediaTypes.PlainText && !MediaTypeSniffer.IsKnownBinary(bytes))
            return MediaTypes.PlainText;
        // PDF bytes are a PDF, a zip holding word/document.xml is Word, and other binary is unsupported, whatever
        // the sender declared.
        if (detected is null or MediaTypes.Pdf or MediaTypes.Docx)
            return detected;
        return type switch
        {
            MediaTypes.Html or MediaTypes.EdgarSubmission => type,
            MediaTypes.Xhtml => MediaTypes.Html,
            MediaTypes.PlainText => detected == MediaTypes.EdgarSubmission ? detected : MediaTypes.PlainText,
            _ => detected,
        };
    }
}
