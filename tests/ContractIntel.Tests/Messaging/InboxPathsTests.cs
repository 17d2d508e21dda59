using ContractIntel.Messaging;

namespace ContractIntel.Tests.Messaging;

public sealed class InboxPathsTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "inbox-paths-tests", "inbox");

    [Theory]
    [InlineData("a.pdf", "a.pdf")]
    [InlineData("submitted/abc.txt", "submitted/abc.txt")]
    [InlineData("deep/er/x y.htm", "deep/er/x y.htm")]
    public void Resolve_RelativePathInside_ReturnsFileUnderInbox(string relative, string expected)
    {
        Assert.Equal(Path.Combine(Root, expected), InboxPaths.Resolve(Root, relative));
    }

    [Theory]
    [InlineData("../x.pdf")]
    [InlineData("a/../../x.pdf")]
    [InlineData("a/../b.pdf")]
    [InlineData("./a.pdf")]
    [InlineData("..\\x.pdf")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/x.pdf")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a\0.pdf")]
    public void Resolve_PathLeavingOrNotNamingAFile_ReturnsNull(string relative)
    {
        Assert.Null(InboxPaths.Resolve(Root, relative));
    }

    [Fact]
    public void Resolve_SiblingFolderSharingThePrefix_ReturnsNull()
    {
        // "inbox-other" starts with "inbox": a bare prefix test would let it through.
        Assert.Null(InboxPaths.Relativize(Root, Root + "-other/x.pdf"));
    }

    [Fact]
    public void Relativize_FileInside_GivesForwardSlashPathThatResolvesBack()
    {
        var full = Path.Combine(Root, "sub", "f.pdf");
        var relative = InboxPaths.Relativize(Root, full);
        Assert.Equal("sub/f.pdf", relative);
        Assert.Equal(full, InboxPaths.Resolve(Root, relative!));
    }

    [Fact]
    public void Relativize_FileOutside_ReturnsNull()
    {
        Assert.Null(InboxPaths.Relativize(Root, Path.Combine(Path.GetTempPath(), "elsewhere.pdf")));
        Assert.Null(InboxPaths.Relativize(Root, Root));
    }
}
