using UglyToad.PdfPig.Content;

namespace ContractIntel.Extraction.Documents.Ocr;

/// <summary>
/// The per-page decision: a page needs OCR when its text layer has almost no letters while it carries an image
/// covering a good part of the page (a scan). A blank page, or a short text page with a small logo, keeps its text layer.
/// </summary>
internal static class ScanDetector
{
    // A scan can carry a few stray letters (an OCR'd chart label, an image name); real text pages carry hundreds.
    public const int MinLettersPerPage = 32;

    // A scan fills the page; a logo or a signature does not. Scans placed with margins still cover well over this.
    private const double MinImageShare = 0.25;

    public static int Letters(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c)) letters++;
        }
        return letters;
    }

    /// <summary>Null when the page keeps its text layer; else the scan's own resolution (dpi), 0 when unknown.</summary>
    public static int? NeedsOcr(Page page, int letters)
    {
        if (letters >= MinLettersPerPage || page.NumberOfImages == 0)
            return null;
        var area = Math.Max(page.Width * page.Height, 1);
        var scan = page.GetImages()
            .Where(i => Math.Abs(i.BoundingBox.Width * i.BoundingBox.Height) / area >= MinImageShare)
            .MaxBy(i => Math.Abs(i.BoundingBox.Width * i.BoundingBox.Height));
        if (scan is null)
            return null;
        var inches = Math.Abs(scan.BoundingBox.Width) / 72.0;
        return inches > 0 ? (int)Math.Round(scan.WidthInSamples / inches) : 0;
    }
}
