using ContractIntel.Messaging;

namespace ContractIntel.Tests.Messaging;

public sealed class StateFolderTests
{
    [Fact]
    public void InboxOptions_RelativeFolders_ResolveUnderTheStateFolderNotTheCurrentDirectory()
    {
        var state = Path.Combine(Path.GetTempPath(), "ci-state-" + Guid.NewGuid().ToString("N"));
        var options = new InboxOptions { StatePath = state };

        Assert.Equal(Path.Combine(state, "inbox"), options.InboxRoot);
        Assert.Equal(Path.Combine(state, "claim-check"), options.ClaimCheckRoot);
        Assert.Equal("/data/inbox", new InboxOptions { StatePath = state, Path = "/data/inbox" }.InboxRoot);
    }

    [Fact]
    public void Resolve_RelativeStatePath_IsRefused() =>
        Assert.Throws<InvalidOperationException>(() => StateFolder.Resolve("relative/state"));

    [Fact]
    public void Resolve_Default_IsAnAbsoluteFolderOfTheCheckoutOrTheEnvironment()
    {
        var root = new InboxOptions().InboxRoot;

        Assert.True(Path.IsPathRooted(root), root);
        var expectedState = Environment.GetEnvironmentVariable(StateFolder.Variable) is { Length: > 0 } v
            ? Path.GetFullPath(v) : Path.Combine(StateFolder.CheckoutRoot(AppContext.BaseDirectory)!, ".state");
        Assert.Equal(Path.Combine(expectedState, "inbox"), root);
    }

    [Fact]
    public void CheckoutRoot_FromTheTestBinaries_FindsTheRepository() =>
        Assert.True(File.Exists(Path.Combine(StateFolder.CheckoutRoot(AppContext.BaseDirectory)!, "ContractIntel.sln")));
}
