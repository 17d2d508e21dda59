using System.Net.Sockets;
using ContractIntel.Messaging;
using Npgsql;

namespace ContractIntel.Tests.Messaging;

public sealed class TransientFaultsTests
{
    [Fact]
    public void Is_OutageShapedFailures_AreTransient()
    {
        Assert.True(TransientFaults.Is(new NpgsqlException("connection refused", new SocketException((int)SocketError.ConnectionRefused))));
        Assert.True(TransientFaults.Is(new InvalidOperationException("wrapped", new IOException("disk"))));
        Assert.True(TransientFaults.Is(new TimeoutException()));
    }

    [Fact]
    public void Is_OurOwnBugs_AreNot()
    {
        Assert.False(TransientFaults.Is(new NullReferenceException()));
        Assert.False(TransientFaults.Is(new InvalidOperationException("The message has no message id.")));
    }
}
