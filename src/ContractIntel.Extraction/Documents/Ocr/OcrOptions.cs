namespace ContractIntel.Extraction.Documents.Ocr;

/// <summary>
/// OCR of scanned PDF pages: poppler's pdftoppm renders a page, Tesseract reads it, each as a child process
/// under a time limit and an address-space limit. Bound from <c>ContractIntel:Ocr</c>.
/// </summary>
public sealed class OcrOptions
{
    public const string SectionName = "ContractIntel:Ocr";

    /// <summary>Off: scanned pages keep their (empty) text layer and a scan-only PDF fails <c>no_text_layer</c>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Render resolution. 300 dpi is Tesseract's documented sweet spot; see docs/ocr.md for the measurement.</summary>
    public int Dpi { get; set; } = 300;

    /// <summary>A page rendered larger than this is rendered at a lower resolution, so a 200-inch page cannot exhaust memory.</summary>
    public long MaxPixels { get; set; } = 60_000_000;

    public string Language { get; set; } = "eng";

    public string TesseractPath { get; set; } = "tesseract";

    public string PdftoppmPath { get; set; } = "pdftoppm";

    /// <summary>Wall-clock limit for rendering one page; past it the child is killed and the page recorded as failed.</summary>
    public double RenderTimeoutSeconds { get; set; } = 60;

    /// <summary>Wall-clock limit for Tesseract on one page; past it the child is killed and the page recorded as failed.</summary>
    public double PageTimeoutSeconds { get; set; } = 120;

    /// <summary>Address-space limit (prlimit --as) for each child process, in MiB.</summary>
    public int MemoryLimitMb { get; set; } = 2048;
}
