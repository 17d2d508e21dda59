using ContractIntel.Jail;
using MassTransit;
using MassTransit.MessageData;

namespace ContractIntel.Tests.Hostile;

/// <summary>Nothing outside the inbox (or the claim-check folder) is read: links out, devices, FIFOs, address tricks.</summary>
public sealed class JailTests : IDisposable
{
    private readonly ScratchFolder _root = TestFolders.New("jail-");
    private readonly string _inbox;

    public JailTests()
    {
        _inbox = Directory.CreateDirectory(Path.Combine(_root, "inbox")).FullName;
    }

    public void Dispose() => _root.Dispose();

    private FileRead ReadInInbox(string name, long maxBytes = 1 << 20) => BoundedFile.Read(Path.Combine(_inbox, name), _inbox, maxBytes);

    [Fact]
    public void Read_RegularFileInside_ReturnsItsBytes()
    {
        File.WriteAllText(Path.Combine(_inbox, "a.txt"), "hello");
        var read = ReadInInbox("a.txt");
        Assert.Equal("hello"u8.ToArray(), read.Bytes);
    }

    [Fact]
    public void Read_WithNoLimit_ReturnsTheWholeFile()
    {
        File.WriteAllText(Path.Combine(_inbox, "a.txt"), "hello");
        Assert.Equal("hello"u8.ToArray(), ReadInInbox("a.txt", long.MaxValue).Bytes);
    }

    [Fact]
    public void Read_SymlinkToFileOutside_IsOutsideInbox()
    {
        File.CreateSymbolicLink(Path.Combine(_inbox, "passwd.txt"), "/etc/passwd");
        Assert.Equal((null, FileRead.OutsideInbox), (ReadInInbox("passwd.txt").Bytes, ReadInInbox("passwd.txt").ReasonCode));
    }

    [Fact]
    public void Read_ThroughSymlinkedFolderOutside_IsOutsideInbox()
    {
        Directory.CreateSymbolicLink(Path.Combine(_inbox, "etc"), "/etc");
        Directory.CreateSymbolicLink(Path.Combine(_inbox, "proc"), "/proc");
        Assert.Equal(FileRead.OutsideInbox, ReadInInbox("etc/hostname").ReasonCode);
        Assert.Equal(FileRead.OutsideInbox, ReadInInbox("proc/self/status").ReasonCode);
    }

    [Fact]
    public void Read_SymlinkInsideTheInbox_IsFollowed()
    {
        File.WriteAllText(Path.Combine(_inbox, "real.txt"), "inside");
        File.CreateSymbolicLink(Path.Combine(_inbox, "alias.txt"), Path.Combine(_inbox, "real.txt"));
        Assert.Equal("inside"u8.ToArray(), ReadInInbox("alias.txt").Bytes);
    }

    [Fact]
    public void Read_SymlinkToDevZero_IsRefusedInsideAndOutsideTheJail()
    {
        File.CreateSymbolicLink(Path.Combine(_inbox, "zero.pdf"), "/dev/zero");
        Assert.Equal(FileRead.OutsideInbox, ReadInInbox("zero.pdf").ReasonCode);
        // Without a folder to stay in (process, submit) a device is still not a regular file.
        Assert.Equal(FileRead.NotRegularFile, BoundedFile.Read("/dev/zero", jailRoot: null, 1 << 20).ReasonCode);
    }

    [Fact]
    public async Task Read_FifoWithNoWriter_IsRefusedWithoutBlocking()
    {
        var fifo = Path.Combine(_inbox, "pipe.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo])) await mkfifo.WaitForExitAsync();
        var read = Task.Run(() => ReadInInbox("pipe.txt"));
        // A blocking open would hang here for as long as nobody writes: fail after 30 s instead of hanging the suite.
        var result = await read.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(FileRead.NotRegularFile, result.ReasonCode);
    }

    [Fact]
    public void Read_FolderOrMissingFile_IsRefused()
    {
        Directory.CreateDirectory(Path.Combine(_inbox, "sub"));
        Assert.Equal(FileRead.NotRegularFile, ReadInInbox("sub").ReasonCode);
        Assert.Equal(FileRead.NotFound, ReadInInbox("missing.pdf").ReasonCode);
    }

    [Fact]
    public void Read_FileOverTheLimit_IsTooLargeAndTheLimitHoldsExactly()
    {
        File.WriteAllBytes(Path.Combine(_inbox, "big.bin"), new byte[1001]);
        Assert.Equal(FileRead.TooLarge, ReadInInbox("big.bin", maxBytes: 1000).ReasonCode);
        Assert.Equal(1001, ReadInInbox("big.bin", maxBytes: 1001).Bytes!.Length);
    }

    [Theory]
    [InlineData("urn:file:..:..:..:..:..:..:etc:passwd")]
    [InlineData("urn:file:%2e%2e:%2e%2e:etc:passwd")]
    [InlineData("urn:file::etc:passwd")]
    [InlineData("urn:file")]
    [InlineData("urn:other:none:abc")]
    [InlineData("file:///etc/passwd")]
    public async Task ClaimCheck_AddressLeavingTheRepository_IsRefusedBeforeAnyRead(string address)
    {
        var repository = Repository();
        var e = await Assert.ThrowsAsync<InputRefusedException>(() => repository.Get(new Uri(address)));
        Assert.Equal(FileRead.OutsideInbox, e.ReasonCode);
    }

    [Fact]
    public async Task ClaimCheck_SymlinkPlantedInTheRepository_IsOutsideInbox()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "claims", "none")).FullName;
        File.CreateSymbolicLink(Path.Combine(folder, "planted"), "/etc/passwd");
        var e = await Assert.ThrowsAsync<InputRefusedException>(() => Repository().Get(new Uri("urn:file:none:planted")));
        Assert.Equal(FileRead.OutsideInbox, e.ReasonCode);
    }

    [Fact]
    public async Task ClaimCheck_PutThenGet_RoundTripsAndMissingIsNotFound()
    {
        var repository = Repository();
        var address = await repository.Put(new MemoryStream("claim-checked bytes"u8.ToArray()));
        var stream = await repository.Get(address);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        Assert.Equal("claim-checked bytes"u8.ToArray(), copy.ToArray());
        var e = await Assert.ThrowsAsync<InputRefusedException>(() => repository.Get(new Uri("urn:file:none:neverwritten")));
        Assert.Equal(FileRead.NotFound, e.ReasonCode);
    }

    private JailedMessageDataRepository Repository()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "claims"));
        return new JailedMessageDataRepository(new FileSystemMessageDataRepository(folder), folder.FullName, 1 << 20);
    }
}
