using ContractIntel.Contracts;
using ContractIntel.Extraction.Documents;

namespace ContractIntel.Extraction.Pipeline;

/// <summary>Decides <c>contract</c> or <c>filing</c> for a document submitted as <c>auto</c>.</summary>
public static class KindDetector
{
    private static readonly string[] FilingMarkers =
        ["SECURITIES AND EXCHANGE COMMISSION", "FORM 10-K", "FORM 10-Q", "FORM 8-K", "FORM 20-F", "CURRENT REPORT", "ANNUAL REPORT"];

    public static DocumentKind Detect(DocumentText document)
    {
        var head = document.Text.AsSpan(0, Math.Min(document.Text.Length, 6000));
        // EDGAR forms open with the SEC's cover page; an exhibit contract filed with them does not.
        foreach (var marker in FilingMarkers)
        {
            if (head.Contains(marker, StringComparison.OrdinalIgnoreCase) && !LooksLikeAgreement(head))
                return DocumentKind.Filing;
        }
        // Filings come as HTML or EDGAR submissions; text, PDF and Word files are contracts unless they say otherwise.
        return LooksLikeAgreement(head) || document.MediaType is MediaTypes.PlainText or MediaTypes.Pdf or MediaTypes.Docx ? DocumentKind.Contract : DocumentKind.Filing;
    }

    private static bool LooksLikeAgreement(ReadOnlySpan<char> head) =>
        head.Contains("AGREEMENT", StringComparison.OrdinalIgnoreCase)
        && (head.Contains("between", StringComparison.OrdinalIgnoreCase) || head.Contains("parties", StringComparison.OrdinalIgnoreCase));
}
