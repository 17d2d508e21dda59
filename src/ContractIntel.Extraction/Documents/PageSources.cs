namespace ContractIntel.Extraction.Documents;

/// <summary>Where a page's text came from; stored per page as <c>pages.source</c>.</summary>
public static class PageSources
{
    /// <summary>The document's own text: a PDF text layer, HTML, plain text or a Word file.</summary>
    public const string TextLayer = "text_layer";

    /// <summary>Tesseract, from the page rendered to an image.</summary>
    public const string Ocr = "ocr";
}
