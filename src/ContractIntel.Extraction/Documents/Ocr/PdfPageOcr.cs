using System.Globalization;

namespace ContractIntel.Extraction.Documents.Ocr;

/// <summary>
/// OCR of one PDF's pages: the bytes are written once to a private temporary folder, then each page is rendered
/// to a greyscale image by pdftoppm and read by Tesseract (TSV with word boxes), each tool a capped child process.
/// A page that fails is returned as a failed <see cref="OcrPage"/>; only a missing tool throws.
/// </summary>
internal sealed class PdfPageOcr : IDisposable
{
    private readonly OcrOptions options;
    private readonly byte[] pdf;
    private string? folder;

    public PdfPageOcr(OcrOptions options, byte[] pdf)
    {
        this.options = options;
        this.pdf = pdf;
    }

    /// <summary>
    /// Renders and reads page <paramref name="number"/> (1-based) of <paramref name="widthPt"/> by <paramref name="heightPt"/>
    /// points, whose scan has <paramref name="scanDpi"/> (0 when unknown).
    /// </summary>
    /// <exception cref="DocumentRejectedException">ocr_unavailable: pdftoppm, Tesseract or its language data is missing.</exception>
    public OcrPage Read(int number, double widthPt, double heightPt, int scanDpi = 0)
    {
        var dir = Folder();
        var dpi = DpiFor(widthPt, heightPt, scanDpi);
        var image = Path.Combine(dir, $"p{number}");
        try
        {
            var render = Run(options.PdftoppmPath, ["-f", Num(number), "-l", Num(number), "-r", Num(dpi), "-gray", "-singlefile", Path.Combine(dir, "in.pdf"), image],
                options.RenderTimeoutSeconds);
            if (render.TimedOut)
                return OcrPage.Failed(PageFailures.OcrTimeout, $"Rendering page {number} ran past {options.RenderTimeoutSeconds} s and was stopped.");
            if (render.ExitCode != 0 || !File.Exists(image + ".pgm"))
                return OcrPage.Failed(PageFailures.OcrFailed, $"pdftoppm could not render page {number} (exit code {render.ExitCode}).");

            var ocr = Run(options.TesseractPath, [image + ".pgm", "stdout", "-l", options.Language, "--dpi", Num(dpi), "--psm", "3", "tsv"],
                options.PageTimeoutSeconds);
            if (ocr.TimedOut)
                return OcrPage.Failed(PageFailures.OcrTimeout, $"Tesseract ran past {options.PageTimeoutSeconds} s on page {number} and was stopped.");
            if (ocr.ExitCode != 0)
            {
                if (ocr.StdErr.Contains("Failed loading language", StringComparison.Ordinal))
                    throw new DocumentRejectedException(FailureReason.OcrUnavailable,
                        $"Tesseract has no '{options.Language}' language data (install tesseract-ocr-{options.Language}).");
                return OcrPage.Failed(PageFailures.OcrFailed, $"Tesseract failed on page {number} (exit code {ocr.ExitCode}).");
            }
            return TesseractTsv.Parse(ocr.StdOut, dpi);
        }
        finally
        {
            File.Delete(image + ".pgm");
        }
    }

    /// <summary>True when both tools are on the PATH (or at their configured paths).</summary>
    public static bool Available(OcrOptions options) =>
        ChildProcess.Resolve(options.TesseractPath) is not null && ChildProcess.Resolve(options.PdftoppmPath) is not null;

    public void Dispose()
    {
        if (folder is not null && Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }

    /// <summary>
    /// The scan's own resolution when it lies between <see cref="MinScanDpi"/> and the configured one (rendering a
    /// 200 dpi scan at 300 dpi interpolates its noise: word-bag F1 0.84 against 0.97 at 200 on a speckled CUAD page,
    /// see docs/ocr.md), else the configured one; lowered for an oversized page so the image stays under MaxPixels.
    /// </summary>
    internal int DpiFor(double widthPt, double heightPt, int scanDpi = 0)
    {
        var wanted = scanDpi >= MinScanDpi ? Math.Min(scanDpi, options.Dpi) : options.Dpi;
        var inches = Math.Max(widthPt, 1) / 72.0 * (Math.Max(heightPt, 1) / 72.0);
        var dpi = Math.Min(wanted, (int)Math.Floor(Math.Sqrt(options.MaxPixels / inches)));
        return Math.Max(dpi, 10);
    }

    // Below this a scan (a 100 dpi fax line) is rendered up to the configured resolution: Tesseract needs the pixels.
    private const int MinScanDpi = 150;

    private ChildProcess.Outcome Run(string tool, string[] arguments, double seconds)
    {
        try
        {
            return ChildProcess.Run(tool, arguments, TimeSpan.FromSeconds(seconds), options.MemoryLimitMb);
        }
        catch (FileNotFoundException e)
        {
            throw new DocumentRejectedException(FailureReason.OcrUnavailable,
                $"The page needs OCR but {Path.GetFileName(tool)} is not installed (apt-get install tesseract-ocr tesseract-ocr-eng poppler-utils).", e);
        }
    }

    private string Folder()
    {
        if (folder is null)
        {
            folder = Directory.CreateTempSubdirectory("contractintel-ocr-").FullName;
            File.WriteAllBytes(Path.Combine(folder, "in.pdf"), pdf);
        }
        return folder;
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
