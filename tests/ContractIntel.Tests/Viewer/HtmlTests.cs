using ContractIntel.Data.Results;
using ContractIntel.Viewer;

namespace ContractIntel.Tests.Viewer;

public sealed class HtmlTests
{
    [Fact]
    public void Add_EncodesEveryHole_AndKeepsTheViewersOwnMarkup()
    {
        const string hostile = "<script>alert(1)</script>\" onerror='x' & café";
        var html = new Html();

        html.Add($"<p title=\"{hostile}\">{hostile}</p>{new HtmlString("<br>")}");

        Assert.Equal(
            "<p title=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot; onerror=&#x27;x&#x27; &amp; café\">" +
            "&lt;script&gt;alert(1)&lt;/script&gt;&quot; onerror=&#x27;x&#x27; &amp; café</p><br>", html.ToString());
    }

    [Fact]
    public void Highlighter_OverlappingItems_SplitAtEveryBoundary_OnlyOnTheirPage()
    {
        // Document text "page one. The laws of <b>Kansas</b> apply." with page 2 starting at offset 10.
        var page = new RunPage { RunId = Guid.Empty, PageNumber = 2, StartOffset = 10, EndOffset = 50, Text = "The laws of <b>Kansas</b> apply." };
        var marks = new List<Mark>
        {
            new("finding-0", "finding", "Governing Law", 10, 42, Focus: true),
            new("field-0", "field", "governing_law", 22, 35),
            new("finding-1", "finding", "elsewhere", 0, 9),
        };
        var html = new Html();

        Highlighter.Write(html, page, marks, new HashSet<string>());

        var text = html.ToString();
        Assert.Contains("data-page=\"2\"", text, StringComparison.Ordinal);
        Assert.Contains("<span class=\"anchor\" id=\"finding-0\"></span><mark class=\"finding focus\" data-items=\"finding-0\" title=\"Governing Law\">The laws of </mark>", text, StringComparison.Ordinal);
        Assert.Contains("<span class=\"anchor\" id=\"field-0\"></span><mark class=\"finding field focus overlap\" data-items=\"finding-0 field-0\" title=\"Governing Law&#xA;governing_law\">&lt;b&gt;Kansas&lt;/b&gt;</mark>", text, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"finding focus\" data-items=\"finding-0\" title=\"Governing Law\"> apply.</mark>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("finding-1", text, StringComparison.Ordinal);
    }
}
