using System.Runtime.InteropServices;

namespace ContractIntel.Messaging;

/// <summary>
/// Files a message names must be on disk before the message is: written aside, flushed, renamed, and the
/// folder flushed too (a rename lives in the folder), so a power cut after the publish cannot leave a message
/// whose bytes are gone.
/// </summary>
public static class DurableFiles
{
    public static async Task WriteAsync(string path, ReadOnlyMemory<byte> bytes, CancellationToken ct)
    {
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
        {
            await stream.WriteAsync(bytes, ct);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
        FlushFolder(folder);
    }

    /// <summary>Flushes a file someone else wrote (MassTransit's claim-check repository), then its folder.</summary>
    public static void Flush(string path)
    {
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite))
            stream.Flush(flushToDisk: true);
        FlushFolder(Path.GetDirectoryName(path)!);
    }

    /// <summary>Deletes a file and flushes its folder, so retention is as durable as the write was; false when it was not there.</summary>
    public static bool Delete(string path)
    {
        if (!File.Exists(path)) return false;
        File.Delete(path);
        FlushFolder(Path.GetDirectoryName(path)!);
        return true;
    }

    /// <summary>.NET opens no directory handles, so fsync(2) on the folder goes through libc (Linux and macOS).</summary>
    public static void FlushFolder(string folder)
    {
        if (OperatingSystem.IsWindows()) return;
        var fd = Open(System.Text.Encoding.UTF8.GetBytes(folder + "\0"), 0 /* O_RDONLY */);
        if (fd < 0) throw new IOException($"open({folder}) failed: errno {Marshal.GetLastPInvokeError()}");
        try
        {
            if (Fsync(fd) != 0) throw new IOException($"fsync({folder}) failed: errno {Marshal.GetLastPInvokeError()}");
        }
        finally
        {
            _ = Close(fd);
        }
    }

    // DllImport with blittable arguments (a NUL-terminated UTF-8 path): no unsafe code, no marshalling stubs.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Open(byte[] path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Close(int fd);
}
