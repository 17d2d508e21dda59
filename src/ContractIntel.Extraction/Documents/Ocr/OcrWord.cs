namespace ContractIntel.Extraction.Documents.Ocr;

/// <summary>
/// One word Tesseract read: its UTF-16 range in the document text (end exclusive), its box in pixels of the page
/// image rendered at <see cref="OcrPage.Dpi"/>, and Tesseract's confidence (0 to 100).
/// </summary>
public sealed record OcrWord(int Start, int End, int Left, int Top, int Width, int Height, double Confidence);
