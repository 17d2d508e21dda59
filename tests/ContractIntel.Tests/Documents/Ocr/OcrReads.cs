using System.Collections.Concurrent;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Documents.Ocr;

namespace ContractIntel.Tests.Documents.Ocr;

/// <summary>
/// Reads of bundled samples with the default OCR settings, each done once per test run: OCR takes seconds a page,
/// and several test classes look at the same scanned samples. A rejection is kept and rethrown.
/// </summary>
internal static class OcrReads
{
    private static readonly ConcurrentDictionary<string, Lazy<(DocumentText? Document, DocumentRejectedException? Error)>> Cache = new();

    public static DocumentText Read(string sample) =>
        Outcome(sample) is { Document: { } d } ? d : throw Outcome(sample).Error!;

    public static (DocumentText? Document, DocumentRejectedException? Error) Outcome(string sample) =>
        Cache.GetOrAdd(sample, s => new Lazy<(DocumentText?, DocumentRejectedException?)>(() =>
        {
            try
            {
                return (new DocumentReader(new ExtractionLimits(), new OcrOptions()).Read(Samples.Bytes(s), Path.GetFileName(s), null), null);
            }
            catch (DocumentRejectedException e)
            {
                return (null, e);
            }
        })).Value;

    public static string PageText(DocumentText document, int number)
    {
        var page = document.Pages[number - 1];
        return document.Text[page.Start..page.End];
    }
}
