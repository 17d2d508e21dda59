using ContractIntel.Messaging;

namespace ContractIntel.Tests.Messaging;

public sealed class ClaimCheckFilesTests
{
    private const string Root = "/srv/claim-check";

    [Fact]
    public void PathOf_MassTransitFileAddress_IsTheFileUnderTheRoot() =>
        Assert.Equal("/srv/claim-check/none/abc123", ClaimCheckFiles.PathOf(Root, new Uri("urn:file:none:abc123")));

    [Theory]
    [InlineData("urn:file:..:..:etc:passwd")]
    [InlineData("urn:file:none:")]
    [InlineData("urn:other:none:abc")]
    [InlineData("http://example.com/x")]
    public void PathOf_AnythingElse_IsNull(string address) => Assert.Null(ClaimCheckFiles.PathOf(Root, new Uri(address)));
}
