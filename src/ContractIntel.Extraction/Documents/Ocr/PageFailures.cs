namespace ContractIntel.Extraction.Documents.Ocr;

/// <summary>Why a page that needed OCR has no OCR text; stored per page as <c>pages.failure</c>.</summary>
public static class PageFailures
{
    /// <summary>Rendering or Tesseract ran past its time limit and was killed.</summary>
    public const string OcrTimeout = "ocr_timeout";

    /// <summary>Rendering or Tesseract exited with an error (a memory limit hit shows up here too).</summary>
    public const string OcrFailed = "ocr_failed";

    /// <summary>Tesseract ran and found no words.</summary>
    public const string OcrEmpty = "ocr_empty";

    /// <summary>The page needed OCR but OCR is turned off.</summary>
    public const string OcrDisabled = "ocr_disabled";
}
