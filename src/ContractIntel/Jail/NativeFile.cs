using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ContractIntel.Jail;

/// <summary>
/// The few libc calls .NET does not expose: <c>realpath</c>, an <c>open</c> that cannot block on a FIFO, and
/// <c>statx</c> for the file type of what was actually opened. Linux only (the service runs on linux-x64);
/// statx's layout is the same on every Linux architecture, unlike <c>struct stat</c>.
/// </summary>
internal static partial class NativeFile
{
    private const int ORdOnly = 0;
    private const int ONonBlock = 0x800;
    private const int ONoCtty = 0x100;
    private const int ONoFollow = 0x20000;
    private const int OCloExec = 0x80000;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;
    private const uint StatxSize = 0x200;
    private const int SIfMt = 0xF000;
    private const int SIfReg = 0x8000;
    private const int ENoEnt = 2;
    private const int ENotDir = 20;

    /// <summary>The path with every link and <c>..</c> resolved, or null when it (or a folder on the way) does not exist.</summary>
    public static string? RealPath(string path)
    {
        var resolved = realpath(Utf8Z(path), IntPtr.Zero);
        if (resolved == IntPtr.Zero)
            return null;
        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            free(resolved);
        }
    }

    /// <summary>
    /// Opens an already resolved path read-only without following a link (one swapped in after resolving is
    /// refused) and without blocking (a FIFO with no writer would otherwise hang the caller).
    /// </summary>
    public static SafeFileHandle? OpenNoFollow(string path, out int errno)
    {
        var fd = open(Utf8Z(path), ORdOnly | ONonBlock | ONoFollow | ONoCtty | OCloExec);
        errno = fd < 0 ? Marshal.GetLastPInvokeError() : 0;
        return fd < 0 ? null : new SafeFileHandle(fd, ownsHandle: true);
    }

    public static bool IsMissing(int errno) => errno is ENoEnt or ENotDir;

    /// <summary>Type and size of the open file: what was opened, not what a name pointed to a moment earlier.</summary>
    public static (bool Regular, long Size) Stat(SafeFileHandle handle)
    {
        var buffer = new byte[256];
        var added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            if (statx((int)handle.DangerousGetHandle(), [0], AtEmptyPath, StatxType | StatxSize, buffer) != 0)
                throw new IOException($"statx failed with errno {Marshal.GetLastPInvokeError()}.");
        }
        finally
        {
            if (added) handle.DangerousRelease();
        }
        var mode = BitConverter.ToUInt16(buffer, 0x1C);
        var size = BitConverter.ToInt64(buffer, 0x28);
        return ((mode & SIfMt) == SIfReg, size);
    }

    // Paths go to libc as NUL-terminated UTF-8 bytes, the form .NET itself uses for file names on Linux.
    private static byte[] Utf8Z(string path) => System.Text.Encoding.UTF8.GetBytes(path + "\0");

    [DllImport("libc", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern IntPtr realpath(byte[] path, IntPtr resolved);

    [DllImport("libc")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern void free(IntPtr pointer);

    [DllImport("libc", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int open(byte[] path, int flags);

    [DllImport("libc", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int statx(int dirfd, byte[] path, int flags, uint mask, byte[] buffer);
}
