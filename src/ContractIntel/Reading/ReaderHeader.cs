using System.Globalization;
using System.Text;

namespace ContractIntel.Reading;

/// <summary>
/// The first line a started-in-advance reader child gets on stdin: <c>LENGTH EXTENSION MEDIA-TYPE</c> ("-" for an
/// absent extension or media type), then exactly LENGTH bytes of document. The parent checked both strings (printable
/// ASCII, no spaces in the extension), so one line of at most <see cref="MaxBytes"/> bytes carries them.
/// </summary>
public sealed record ReaderHeader(long Length, string Extension, string MediaType)
{
    public const int MaxBytes = 512;

    public byte[] ToBytes()
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{Length} {(Extension.Length == 0 ? "-" : Extension)} {(MediaType.Length == 0 ? "-" : MediaType)}\n");
        return Encoding.ASCII.GetBytes(line);
    }

    /// <summary>The header, or null when stdin ends before one arrives (the parent stopped a spare child).</summary>
    public static async Task<ReaderHeader?> ReadAsync(Stream stdin, CancellationToken ct)
    {
        // Byte by byte: a buffered reader would swallow the start of the document that follows the line.
        var line = new byte[MaxBytes];
        var one = new byte[1];
        for (var n = 0; n < line.Length; n++)
        {
            if (await stdin.ReadAsync(one, ct) == 0) return null;
            if (one[0] == (byte)'\n') return Parse(Encoding.ASCII.GetString(line, 0, n));
            line[n] = one[0];
        }
        throw new InvalidDataException($"The reader's header line is longer than {MaxBytes} bytes.");
    }

    private static ReaderHeader Parse(string line)
    {
        var parts = line.Split(' ', 3);
        if (parts.Length != 3 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            throw new InvalidDataException("The reader's header line is malformed.");
        return new ReaderHeader(length, parts[1] == "-" ? "" : parts[1], parts[2] == "-" ? "" : parts[2]);
    }
}
