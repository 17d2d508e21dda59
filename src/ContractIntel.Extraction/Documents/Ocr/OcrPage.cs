namespace ContractIntel.Extraction.Documents.Ocr;

/// <summary>
/// What OCR made of one page: its text (lines joined by line feeds, paragraphs by a blank line), its words with
/// offsets into that text, and the mean word confidence; or a failure code with a message.
/// </summary>
public sealed record OcrPage(string Text, IReadOnlyList<OcrWord> Words, double? MeanConfidence, int Dpi, string? Failure = null, string? Message = null)
{
    public static OcrPage Failed(string code, string message) => new("", [], null, 0, code, message);
}
