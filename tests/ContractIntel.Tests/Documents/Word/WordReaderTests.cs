using ContractIntel.Extraction.Documents;
using DocumentFormat.OpenXml.Wordprocessing;
using static ContractIntel.Tests.Documents.Word.DocxBuilder;

namespace ContractIntel.Tests.Documents.Word;

public sealed class WordReaderTests
{
    private readonly DocumentReader reader = new(new ExtractionLimits());

    [Fact]
    public void Read_Docx_KeepsHeadingsListsAndTablesInReadingOrder()
    {
        var bytes = Build(body =>
        {
            body.Append(Para("SERVICES AGREEMENT", style: "Heading1"));
            body.Append(Para("Definitions", listLevel: 0));
            body.Append(Para("\"Services\" means the work.", listLevel: 1));
            body.Append(Para("\"Fees\" means the fees.", listLevel: 1));
            body.Append(Para("including travel;", listLevel: 2));
            body.Append(Para("Term", listLevel: 0));
            body.Append(Para("This Agreement runs for two years.", listLevel: 1));
            body.Append(new Table(
                new TableRow(new TableCell(Para("Party")), new TableCell(Para("Address"))),
                new TableRow(new TableCell(Para("Acme Inc.")), new TableCell(Para("1 Main St"), Para("Springfield")))));
            body.Append(Para("Signed."));
        }, ClauseNumbering());

        var document = reader.Read(bytes, "services.docx", null);

        Assert.Equal(MediaTypes.Docx, document.MediaType);
        Assert.Equal(
            "SERVICES AGREEMENT\n1. Definitions\n1.1 \"Services\" means the work.\n1.2 \"Fees\" means the fees.\n(a) including travel;\n" +
            "2. Term\n2.1 This Agreement runs for two years.\nParty\tAddress\nAcme Inc.\t1 Main St Springfield\nSigned.",
            document.Text);
        Assert.Single(document.Pages);
        Assert.Equal(new TrackedChanges(0, 0), document.TrackedChanges);
    }

    [Fact]
    public void Read_DocxWithTrackedChanges_GivesTheAcceptedTextAndCountsTheChanges()
    {
        var bytes = Build(body =>
        {
            var p = new Paragraph(Run("The fee is "),
                new DeletedRun(new Run(new DeletedText("ten") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })) { Id = "1", Author = "A" },
                new InsertedRun(Run("twenty")) { Id = "2", Author = "A" },
                Run(" dollars."));
            body.Append(p);
            // A deleted paragraph mark: accepting it joins this paragraph to the next.
            body.Append(new Paragraph(
                new ParagraphProperties(new ParagraphMarkRunProperties(new Deleted { Id = "3", Author = "A" })), Run("Payable in")));
            body.Append(Para(" thirty days."));
        });

        var document = reader.Read(bytes, "tracked.docx", null);

        Assert.Equal("The fee is twenty dollars.\nPayable in thirty days.", document.Text);
        Assert.Equal(new TrackedChanges(Insertions: 1, Deletions: 2), document.TrackedChanges);
    }

    [Fact]
    public void Read_DocxWithPageBreaks_PagesFollowTheExplicitBreaks()
    {
        var bytes = Build(body =>
        {
            body.Append(Para("Cover page"));
            body.Append(Para("Body\fstarts here"));
            body.Append(new Paragraph(new ParagraphProperties(new PageBreakBefore()), Run("Schedule A")));
        });

        var document = reader.Read(bytes, "pages.docx", null);

        Assert.Equal(3, document.Pages.Count);
        DocumentAssert.PagesTile(document);
        Assert.Equal("Cover page\nBody\n", document.Text[document.Pages[0].Start..document.Pages[0].End]);
        Assert.Equal("starts here\n", document.Text[document.Pages[1].Start..document.Pages[1].End]);
        Assert.Equal("Schedule A", document.Text[document.Pages[2].Start..]);
    }

    [Fact]
    public void Read_DocxDeclaredAsOctetStream_IsDetectedAsWord()
    {
        var bytes = FromText("AGREEMENT\nbetween the parties");

        Assert.Equal(MediaTypes.Docx, DocumentReader.DetectMediaType(bytes, "upload.bin"));
        Assert.Equal("AGREEMENT\nbetween the parties", reader.Read(bytes, "upload.bin", "application/octet-stream").Text);
    }

    [Fact]
    public void Read_TruncatedDocx_IsCorrupt()
    {
        var bytes = FromText(string.Join('\n', Enumerable.Repeat("The parties agree as follows.", 200)));

        var e = Assert.Throws<DocumentRejectedException>(() => reader.Read(bytes.AsMemory(0, bytes.Length / 2), "cut.docx", null));
        Assert.Equal(FailureReason.Corrupt, e.Reason);
    }
}
