namespace ContractIntel.Messaging;

/// <summary>Maps a message's inbox-relative path to a file under the inbox, refusing anything that would leave it.</summary>
public static class InboxPaths
{
    /// <summary>The full path of <paramref name="relative"/> under <paramref name="inboxRoot"/>, or null when it is not a plain relative path inside it.</summary>
    public static string? Resolve(string inboxRoot, string relative)
    {
        if (string.IsNullOrWhiteSpace(relative) || relative.Contains('\0', StringComparison.Ordinal))
            return null;
        // Rooted paths, drive letters and ".." segments are refused outright rather than normalised: a sender
        // that writes them is wrong or hostile, and the prefix check below is only the second line.
        if (Path.IsPathRooted(relative) || relative.Contains(':', StringComparison.Ordinal))
            return null;
        var parts = relative.Split('/', '\\');
        if (parts.Any(p => p is ".." or "."))
            return null;
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inboxRoot)) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relative.Replace('\\', '/')));
        return full.StartsWith(root, StringComparison.Ordinal) && full.Length > root.Length ? full : null;
    }

    /// <summary>The inbox-relative form of <paramref name="fullPath"/> (forward slashes), or null when it lies outside the inbox.</summary>
    public static string? Relativize(string inboxRoot, string fullPath)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inboxRoot)) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(fullPath);
        return full.StartsWith(root, StringComparison.Ordinal) && full.Length > root.Length
            ? full[root.Length..].Replace(Path.DirectorySeparatorChar, '/')
            : null;
    }
}
