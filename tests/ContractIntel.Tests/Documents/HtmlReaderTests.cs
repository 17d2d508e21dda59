using System.Text;
using ContractIntel.Extraction.Documents;

namespace ContractIntel.Tests.Documents;

public sealed class HtmlReaderTests
{
    private static DocumentText Read(string sample) =>
        new DocumentReader(new ExtractionLimits()).Read(Samples.Bytes(sample), Path.GetFileName(sample), null);

    private static DocumentText ReadHtml(string html) =>
        new DocumentReader(new ExtractionLimits()).Read(Encoding.UTF8.GetBytes(html), "test.html", null);

    [Fact]
    public void Read_InlineXbrl10Q_DropsTheHiddenHeaderFacts()
    {
        var document = Read("edgar/aapl-10-q-2025-08-01.html");

        // Values that occur only inside <div style="display:none"><ix:header>: the CIK and unit ids.
        Assert.DoesNotContain("0000320193", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("iso4217:USD", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("xbrli:shares", document.Text, StringComparison.Ordinal);
        Assert.StartsWith("UNITED STATES\n\nSECURITIES AND EXCHANGE COMMISSION", document.Text, StringComparison.Ordinal);
        Assert.Contains("QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InlineXbrl10Q_PageBreakRulesArePages()
    {
        var document = Read("edgar/aapl-10-q-2025-08-01.html");

        // 24 <hr style="page-break-after:always"/>, with text after the last one.
        Assert.Equal(25, document.Pages.Count);
        DocumentAssert.PagesTile(document);
    }

    [Fact]
    public void Read_InlineXbrl8K_DropsHeaderAndKeepsInlineFacts()
    {
        var document = Read("edgar/Oracle.8-K.html");

        Assert.DoesNotContain("0001341439", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("us-gaap:CommonStockMember", document.Text, StringComparison.Ordinal);
        Assert.Contains("Oracle Corporation", document.Text, StringComparison.Ordinal);
        Assert.Equal(3, document.Pages.Count); // two page-break-before:always paragraphs
    }

    [Fact]
    public void Read_Edgar10K_EachPageBreakRuleStartsAPage()
    {
        var document = Read("edgar/10-K_0001376474-16-000635.html");

        Assert.Equal(59, document.Pages.Count); // 58 <HR style='page-break-after:always'>
        Assert.DoesNotContain("InstantEDGAR", document.Text, StringComparison.Ordinal); // an HTML comment
        Assert.DoesNotContain("Form 10-K\n", document.Text[..20], StringComparison.Ordinal); // the <TITLE>
        Assert.DoesNotContain('<', document.Text[..2000]);
    }

    [Fact]
    public void Read_Html_DropsScriptsStylesHeadAndHiddenElements()
    {
        var document = ReadHtml("<html><head><title>Secret title</title><style>p { color: red }</style></head><body>"
            + "<script>var x = 'script text';</script><p>Visible one.</p><div style=\"DISPLAY: none\">hidden text</div>"
            + "<noscript>noscript text</noscript><p hidden>hidden attribute</p><p>Visible two.</p></body></html>");

        Assert.Equal("Visible one.\n\nVisible two.", document.Text);
    }

    [Fact]
    public void Read_Html_BlocksBreakLinesCellsAreTabbedWhitespaceCollapsesEntitiesDecode()
    {
        var document = ReadHtml("<body><h1>Title  &amp;\n  Heading</h1><p>One&nbsp;&nbsp;two<br>three &#8220;quoted&#8221;</p>"
            + "<table><tr><td>Net sales</td><td></td><td>$ 94,036</td></tr><tr><td><p>Cost</p><p>of sales</p></td><td>50</td></tr></table>"
            + "<ul><li>first</li><li>second</li></ul></body>");

        Assert.Equal("Title & Heading\n\nOne two\nthree “quoted”\n\nNet sales\t$ 94,036\n\nCost\nof sales\t50\n\nfirst\n\nsecond", document.Text);
        Assert.Single(document.Pages);
    }

    [Fact]
    public void Read_Html_PageBreakStylesMakePagesButPlainRulesDoNot()
    {
        var document = ReadHtml("<body><p>Page one.</p><hr><p>Still one.</p><hr style=\"page-break-after: always\">"
            + "<p>Page two.</p><div style=\"page-break-before:always\"><p>Page three.</p></div></body>");

        Assert.Equal(3, document.Pages.Count);
        Assert.Equal("Page one.\n\nStill one.\n\n", document.Text[..document.Pages[0].End]);
        Assert.Equal("Page two.\n\n", document.Text[document.Pages[1].Start..document.Pages[1].End]);
        Assert.Equal("Page three.", document.Text[document.Pages[2].Start..]);
    }

    [Fact]
    public void Read_Html_PreKeepsItsLines()
    {
        var document = ReadHtml("<body><pre>Column A    Column B\nrow 1       row 2</pre></body>");
        Assert.Equal("Column A    Column B\nrow 1       row 2", document.Text);
    }
}
