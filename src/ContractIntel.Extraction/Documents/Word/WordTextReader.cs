using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractIntel.Extraction.Documents.Word;

/// <summary>
/// A .docx to text with the Open XML SDK, in reading order: one line per paragraph (as Word's own plain-text export
/// does), numbered-list labels as Word shows them, table cells separated by tabs and rows by lines. Tracked changes
/// are resolved as if accepted: insertions kept, deletions (runs, paragraph marks, table rows) dropped, and counted.
/// Pages come from explicit page breaks (a page-break run or "page break before"); Word's rendered page breaks
/// depend on fonts and printers, so they are not used.
/// </summary>
internal static class WordTextReader
{
    public static DocumentText Read(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            using var word = WordprocessingDocument.Open(stream, false);
            var body = word.MainDocumentPart?.Document?.Body
                ?? throw new DocumentRejectedException(FailureReason.Corrupt, "The Word file has no document body.");
            var writer = new WordTextWriter(new WordNumbering(word.MainDocumentPart!.NumberingDefinitionsPart?.Numbering));
            writer.Blocks(body.ChildElements);
            var document = writer.Builder.Build(MediaTypes.Docx);
            return document with { TrackedChanges = new TrackedChanges(writer.Insertions, writer.Deletions) };
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException)
        {
            throw new DocumentRejectedException(FailureReason.Corrupt, $"The Word file cannot be read: {e.GetType().Name}.", e);
        }
    }
}
