namespace ContractIntel.Messaging;

/// <summary>Where MassTransit's file-system repository keeps a claim check: <c>urn:file:a:b:c</c> is <c>root/a/b/c</c>.</summary>
public static class ClaimCheckFiles
{
    /// <summary>The file behind <paramref name="address"/> under <paramref name="root"/>, or null for any other kind of address.</summary>
    public static string? PathOf(string root, Uri? address)
    {
        if (address is null || address.Scheme != "urn") return null;
        var parts = address.OriginalString["urn:".Length..].Split(':');
        if (parts.Length < 2 || parts[0] != "file" || parts[1..].Any(p => p.Length == 0 || p is "." or ".." || p.Contains('/') || p.Contains('\\')))
            return null;
        var full = Path.GetFullPath(Path.Combine([root, .. parts[1..]]));
        var prefix = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        return full.StartsWith(prefix, StringComparison.Ordinal) ? full : null;
    }
}
