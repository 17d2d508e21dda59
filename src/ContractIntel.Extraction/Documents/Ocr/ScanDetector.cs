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

    public static bool NeedsOcr(Page page, int letters)
    {
        if (letters >= MinLettersPerPage || page.NumberOfImages == 0)
            return false;
        var area = Math.Max(page.Width * page.Height, 1);
        return page.GetImages().Any(i => Math.Abs(i.BoundingBox.Width * i.BoundingBox.Height) / area >= MinImageShare);
    }
}
