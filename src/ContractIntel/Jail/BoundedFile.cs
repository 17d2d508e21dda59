namespace ContractIntel.Jail;

/// <summary>
/// Reads an input file as hostile: the final path (links followed) must be a regular file strictly inside the
/// folder it must come from; the open never blocks; at most the size limit plus one byte is read, never the whole
/// file first. Used for inbox files, claim checks and the files <c>process</c> is given.
/// </summary>
public static class BoundedFile
{
    private const int Chunk = 1 << 20;

    /// <param name="path">The file to read.</param>
    /// <param name="jailRoot">The folder it must resolve into, or null for a file named on the command line.</param>
    /// <param name="maxBytes">The size limit; one byte more is read so an oversized file is told apart.</param>
    public static FileRead Read(string path, string? jailRoot, long maxBytes)
    {
        var resolved = NativeFile.RealPath(path);
        if (resolved is null)
            return FileRead.Refused(FileRead.NotFound, "The file does not exist.");
        if (jailRoot is not null && !IsStrictlyInside(jailRoot, resolved))
            return FileRead.Refused(FileRead.OutsideInbox, "The path resolves to a file outside its folder.");

        using var handle = NativeFile.OpenNoFollow(resolved, out var errno);
        if (handle is null)
        {
            return NativeFile.IsMissing(errno)
                ? FileRead.Refused(FileRead.NotFound, "The file does not exist.")
                : throw new IOException($"open failed with errno {errno}.");
        }
        var (regular, size) = NativeFile.Stat(handle);
        if (!regular)
            return FileRead.Refused(FileRead.NotRegularFile, "Only regular files are read (not a FIFO, device, socket or folder).");
        if (size > maxBytes)
            return FileRead.Refused(FileRead.TooLarge, $"The file is {size} bytes; the limit is {maxBytes}.");

        // The size can grow after the stat (a file still being written): the loop, not the stat, enforces the cap.
        // maxBytes may be long.MaxValue ("no limit"): + 1 must not wrap to a negative cap.
        var cap = (int)Math.Min(maxBytes >= Array.MaxLength ? Array.MaxLength : maxBytes + 1, Array.MaxLength);
        var buffer = new byte[(int)Math.Min(size, cap)];
        var filled = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                if (buffer.Length >= cap) break;
                Array.Resize(ref buffer, (int)Math.Min(cap, Math.Max(Chunk, (long)buffer.Length * 2)));
            }
            var n = RandomAccess.Read(handle, buffer.AsSpan(filled), filled);
            if (n == 0) break;
            filled += n;
        }
        if (filled > maxBytes)
            return FileRead.Refused(FileRead.TooLarge, $"The file is more than {maxBytes} bytes, the limit.");
        return new FileRead(filled == buffer.Length ? buffer : buffer[..filled], null, null);
    }

    /// <summary>True when <paramref name="resolved"/> lies under the real path of <paramref name="root"/> (not the root itself).</summary>
    public static bool IsStrictlyInside(string root, string resolved)
    {
        var realRoot = NativeFile.RealPath(root);
        if (realRoot is null)
            return false;
        var prefix = Path.TrimEndingDirectorySeparator(realRoot) + "/";
        return resolved.StartsWith(prefix, StringComparison.Ordinal) && resolved.Length > prefix.Length;
    }
}
