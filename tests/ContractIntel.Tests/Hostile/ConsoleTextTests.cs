using ContractIntel.Jail;
using ContractIntel.Messaging.Submission;

namespace ContractIntel.Tests.Hostile;

public sealed class ConsoleTextTests
{
    [Theory]
    [InlineData("a\nb.pdf", "a\\nb.pdf")]
    [InlineData("tab\there", "tab\\there")]
    [InlineData("\u001b[31mred", "\\u001b[31mred")]
    [InlineData("line\u2028sep", "line\\u2028sep")]
    [InlineData("plain name.pdf", "plain name.pdf")]
    public void Escape_ControlCharacters_BecomeVisibleEscapes(string raw, string expected) =>
        Assert.Equal(expected, ConsoleText.Escape(raw));

    [Fact]
    public void Escape_LoneSurrogateAndLongName_AreReplacedAndCut()
    {
        Assert.Equal("a\uFFFDb", ConsoleText.Escape("a\uD800b"));
        var escaped = ConsoleText.Escape(new string('x', 5000), 200);
        Assert.Equal(201, escaped.Length);
        Assert.EndsWith("…", escaped, StringComparison.Ordinal);
    }

    [Fact]
    public void ResultTable_NameWithNewline_StaysOnOneRow()
    {
        var table = ResultTable.Format([new SubmissionRow("evil\nname.pdf", "failed", null, null, null, null, null, "corrupt", Guid.Empty)]);
        Assert.Equal(2, table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("evil\\nname.pdf", table, StringComparison.Ordinal);
    }
}
