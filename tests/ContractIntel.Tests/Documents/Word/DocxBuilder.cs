using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractIntel.Tests.Documents.Word;

/// <summary>
/// Writes .docx files with the Open XML SDK for the Word reader's tests, and made samples/word's contract from
/// CUAD's text (<see cref="FromText"/>: one paragraph per line, a page break per form feed).
/// </summary>
internal static class DocxBuilder
{
    public const int ListId = 1;

    public static byte[] FromText(string text) =>
        Build(body =>
        {
            foreach (var line in text.TrimEnd('\n').Split('\n'))
                body.Append(Para(line));
        });

    public static byte[] Build(Action<Body> fill, Numbering? numbering = null)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            fill(body);
            if (numbering is not null)
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
        }
        return stream.ToArray();
    }

    /// <summary>A paragraph of runs; tabs become tab elements and form feeds page breaks, as Word stores them.</summary>
    public static Paragraph Para(string text, string? style = null, int? listLevel = null)
    {
        var p = new Paragraph();
        if (style is not null || listLevel is not null)
        {
            var properties = new ParagraphProperties();
            if (style is not null) properties.Append(new ParagraphStyleId { Val = style });
            if (listLevel is { } level)
                properties.Append(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = ListId }));
            p.Append(properties);
        }
        p.Append(Run(text));
        return p;
    }

    public static Run Run(string text)
    {
        var run = new Run();
        var pages = text.Split('\f');
        for (var i = 0; i < pages.Length; i++)
        {
            if (i > 0) run.Append(new Break { Type = BreakValues.Page });
            var cells = pages[i].Split('\t');
            for (var j = 0; j < cells.Length; j++)
            {
                if (j > 0) run.Append(new TabChar());
                if (cells[j].Length > 0) run.Append(new Text(cells[j]) { Space = SpaceProcessingModeValues.Preserve });
            }
        }
        return run;
    }

    /// <summary>List 1: "1." at level 0, "1.1" at level 1, "(a)" at level 2.</summary>
    public static Numbering ClauseNumbering() => new(
        new AbstractNum(
            Level(0, NumberFormatValues.Decimal, "%1."),
            Level(1, NumberFormatValues.Decimal, "%1.%2"),
            Level(2, NumberFormatValues.LowerLetter, "(%3)")) { AbstractNumberId = 0 },
        new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = ListId });

    private static Level Level(int index, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };
}
