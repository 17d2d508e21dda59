using System.Globalization;
using System.Net;

namespace ContractIntel.IntegrationTests.Messaging;

/// <summary>The remote ends of a process's sockets ("tcp 127.0.0.1:5432", "udp 10.0.0.2:53", "tcp listen"), from /proc.</summary>
internal static class ProcSockets
{
    public static IEnumerable<string> Of(int pid)
    {
        var inodes = new HashSet<string>();
        foreach (var fd in SafeEntries($"/proc/{pid}/fd"))
        {
            var target = new FileInfo(fd).LinkTarget;
            if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal))
                inodes.Add(target[8..^1]);
        }
        foreach (var (file, protocol) in new[] { ("tcp", "tcp"), ("tcp6", "tcp"), ("udp", "udp"), ("udp6", "udp") })
        {
            var path = $"/proc/{pid}/net/{file}";
            if (!File.Exists(path)) continue;
            foreach (var line in File.ReadLines(path).Skip(1))
            {
                var cols = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (cols.Length < 10 || !inodes.Contains(cols[9])) continue;
                var remote = Endpoint(cols[2]);
                yield return remote.Port == 0 ? $"{protocol} listen" : $"{protocol} {remote}";
            }
        }
    }

    private static string[] SafeEntries(string folder)
    {
        try
        {
            return Directory.GetFileSystemEntries(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>/proc/net hex: address in host byte order (little-endian words), port big-endian.</summary>
    private static IPEndPoint Endpoint(string hex)
    {
        var (address, port) = (hex[..hex.IndexOf(':', StringComparison.Ordinal)], hex[(hex.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        var bytes = Convert.FromHexString(address);
        for (var i = 0; i < bytes.Length; i += 4) Array.Reverse(bytes, i, 4);
        var ip = new IPAddress(bytes);
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
        return new IPEndPoint(ip, int.Parse(port, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }
}
