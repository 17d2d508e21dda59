namespace ContractIntel.Extraction.Documents;

/// <summary>The media types the reader accepts, as stored with each document.</summary>
public static class MediaTypes
{
    public const string Pdf = "application/pdf";
    public const string Html = "text/html";
    public const string Xhtml = "application/xhtml+xml";
    public const string PlainText = "text/plain";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>An EDGAR complete-submission file (SGML-tagged <c>.txt</c>); there is no registered type for it.</summary>
    public const string EdgarSubmission = "application/x-edgar-submission";
}
