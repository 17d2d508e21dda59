using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractIntel.Extraction.Documents.Word;

/// <summary>Walks a Word body in document order into a <see cref="PageTextBuilder"/>; see <see cref="WordTextReader"/>.</summary>
internal sealed class WordTextWriter(WordNumbering numbering)
{
    private bool lineOpen;

    public PageTextBuilder Builder { get; } = new();
    public int Insertions { get; private set; }
    public int Deletions { get; private set; }

    public void Blocks(IEnumerable<OpenXmlElement> elements)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph p: Paragraph(p); break;
                case Table t: Table(t); break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content: Blocks(content.ChildElements); break;
                case CustomXmlBlock custom: Blocks(custom.ChildElements); break;
                case InsertedRun or MoveToRun: Insertions++; Blocks(element.ChildElements); break;
                case DeletedRun or MoveFromRun: Deletions++; break;
            }
        }
    }

    private void Paragraph(Paragraph p)
    {
        var properties = p.ParagraphProperties;
        if (properties?.PageBreakBefore is { } before && (before.Val?.Value ?? true) && Builder.Length > 0)
            PageBreak();
        StartLine();
        if (numbering.Label(properties?.NumberingProperties) is { } label)
            Builder.Append(label + " ");
        Inline(p.ChildElements);
        // A deleted paragraph mark joins this paragraph to the next, as accepting the deletion does.
        if (properties?.ParagraphMarkRunProperties?.GetFirstChild<Deleted>() is not null)
            Deletions++;
        else
            EndLine();
    }

    private void Inline(IEnumerable<OpenXmlElement> elements)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Text t: Builder.Append(t.Text); break;
                case TabChar or PositionalTab: Builder.AppendRaw('\t'); break;
                case CarriageReturn: Builder.AppendRaw('\n'); break;
                case NoBreakHyphen: Builder.AppendRaw('-'); break;
                case Break br when br.Type?.Value == BreakValues.Page: PageBreak(); break;
                case Break: Builder.AppendRaw('\n'); break;
                case DeletedRun or MoveFromRun: Deletions++; break;
                case InsertedRun or MoveToRun: Insertions++; Inline(element.ChildElements); break;
                // Drawings, text boxes, field codes, footnote references and deleted text carry no body text here.
                case Drawing or Picture or EmbeddedObject or FieldCode or DeletedText or DeletedFieldCode or RunProperties or ParagraphProperties: break;
                // Runs, hyperlinks, simple fields, content controls, smart tags: wrappers whose text is in their children.
                default: if (element.HasChildren) Inline(element.ChildElements); break;
            }
        }
    }

    private void Table(Table table)
    {
        foreach (var row in table.Elements<TableRow>())
        {
            if (row.TableRowProperties?.GetFirstChild<Deleted>() is not null) { Deletions++; continue; }
            if (row.TableRowProperties?.GetFirstChild<Inserted>() is not null) Insertions++;
            StartLine();
            var first = true;
            foreach (var cell in row.Elements<TableCell>())
            {
                if (!first) Builder.AppendRaw('\t');
                first = false;
                Cell(cell);
            }
            EndLine();
        }
    }

    // A cell's paragraphs stay on the row's line, separated by a space; a nested table is flattened the same way.
    private void Cell(TableCell cell)
    {
        var firstParagraph = true;
        foreach (var p in cell.Descendants<Paragraph>())
        {
            if (!firstParagraph) Builder.AppendRaw(' ');
            firstParagraph = false;
            if (numbering.Label(p.ParagraphProperties?.NumberingProperties) is { } label) Builder.Append(label + " ");
            Inline(p.ChildElements);
        }
    }

    private void StartLine()
    {
        if (Builder.PageCount == 0) Builder.NewPage();
        else if (lineOpen) Builder.AppendRaw('\n');
        lineOpen = false;
    }

    private void EndLine() => lineOpen = true;

    // The break belongs to the page before it, as a form feed does in plain text.
    private void PageBreak()
    {
        if (Builder.PageCount == 0) Builder.NewPage();
        Builder.AppendRaw('\n');
        Builder.NewPageHere();
        lineOpen = false;
    }
}
