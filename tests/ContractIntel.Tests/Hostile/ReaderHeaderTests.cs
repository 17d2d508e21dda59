using System.Text;
using ContractIntel.Extraction.Documents;
using ContractIntel.Reading;

namespace ContractIntel.Tests.Hostile;

/// <summary>The header a reader child started in advance gets first, and the PDF it warms up on.</summary>
public sealed class ReaderHeaderTests
{
    [Fact]
    public async Task ReadAsync_HeaderThenDocument_LeavesTheDocumentBytesUnread()
    {
        var header = new ReaderHeader(5, ".pdf", "application/pdf; charset=binary");
        using var stdin = new MemoryStream([.. header.ToBytes(), .. "%PDF-"u8.ToArray()]);
        var read = await ReaderHeader.ReadAsync(stdin, CancellationToken.None);
        Assert.Equal(header, read);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(stdin.ToArray(), (int)stdin.Position, 5));
    }

    [Fact]
    public async Task ReadAsync_EmptyExtensionAndType_RoundTripAsEmpty()
    {
        using var stdin = new MemoryStream(new ReaderHeader(0, "", "").ToBytes());
        Assert.Equal(new ReaderHeader(0, "", ""), await ReaderHeader.ReadAsync(stdin, CancellationToken.None));
    }

    [Fact]
    public async Task ReadAsync_StdinClosedBeforeAHeader_IsNull()
    {
        using var stdin = new MemoryStream();
        Assert.Null(await ReaderHeader.ReadAsync(stdin, CancellationToken.None));
    }

    [Fact]
    public void WarmUpDocument_ReadsAsAOnePagePdfWithText()
    {
        var document = new DocumentReader(new ExtractionLimits()).Read(WarmUpDocument.Bytes(), "w.pdf", null);
        Assert.Equal(MediaTypes.Pdf, document.MediaType);
        Assert.Single(document.Pages);
        Assert.Contains("governed by the laws of New York", document.Text);
    }

    [Fact]
    public void Read_ManyDocumentsInTurn_EachGetsItsOwnChildAndText()
    {
        using var reader = new IsolatedDocumentReader(new ExtractionLimits(), new ReaderCommand());
        for (var i = 0; i < 3; i++)
        {
            var text = $"Document {i}: this Agreement is governed by the laws of Delaware.\n";
            Assert.Equal(text, reader.Read(Encoding.UTF8.GetBytes(text), $"d{i}.txt", "text/plain").Text);
        }
    }
}
