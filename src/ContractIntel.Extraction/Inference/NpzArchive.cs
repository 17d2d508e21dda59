using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ContractIntel.Extraction.Inference;

/// <summary>
/// Reads numpy's <c>.npz</c> (a zip of <c>.npy</c> files, stored or deflated) holding little-endian float32 or
/// float16 arrays in C order, the training pipeline's artifact format. Anything else is rejected, not guessed.
/// </summary>
public static partial class NpzArchive
{
    /// <param name="include">Which arrays to read (by name); null: all of them.</param>
    public static Dictionary<string, NpyTensor> Read(string path, Func<string, bool>? include = null)
    {
        using var zip = ZipFile.OpenRead(path);
        var tensors = new Dictionary<string, NpyTensor>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            if (!entry.FullName.EndsWith(".npy", StringComparison.Ordinal)) continue;
            var name = entry.FullName[..^4];
            if (include is not null && !include(name)) continue;
            using var stream = entry.Open();
            using var buffer = new MemoryStream(checked((int)entry.Length));
            stream.CopyTo(buffer);
            tensors[name] = ReadNpy(name, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
        return tensors;
    }

    internal static NpyTensor ReadNpy(string name, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 10 || bytes[0] != 0x93 || !bytes[1..6].SequenceEqual("NUMPY"u8))
        {
            throw new InvalidDataException($"{name}: not a .npy array.");
        }
        var major = bytes[6];
        int headerLength, offset;
        if (major == 1)
        {
            headerLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]);
            offset = 10;
        }
        else
        {
            headerLength = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(bytes[8..]));
            offset = 12;
        }
        var header = Encoding.Latin1.GetString(bytes.Slice(offset, headerLength));
        var descr = DescrPattern().Match(header);
        var fortran = FortranPattern().Match(header);
        var shapeMatch = ShapePattern().Match(header);
        if (!descr.Success || !fortran.Success || !shapeMatch.Success) throw new InvalidDataException($"{name}: unreadable .npy header.");
        if (fortran.Groups[1].Value != "False") throw new InvalidDataException($"{name}: Fortran-order arrays are not supported.");
        var shape = shapeMatch.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(int.Parse).ToArray();
        var count = shape.Aggregate(1L, (a, d) => a * d);
        var data = bytes[(offset + headerLength)..];
        var values = new float[count];
        switch (descr.Groups[1].Value)
        {
            case "<f4":
                Expect(name, data.Length, count * 4);
                for (var i = 0; i < count; i++) values[i] = BinaryPrimitives.ReadSingleLittleEndian(data[(i * 4)..]);
                break;
            case "<f2":
                Expect(name, data.Length, count * 2);
                for (var i = 0; i < count; i++) values[i] = (float)BinaryPrimitives.ReadHalfLittleEndian(data[(i * 2)..]);
                break;
            default:
                throw new InvalidDataException($"{name}: dtype {descr.Groups[1].Value} is not supported (only <f4 and <f2).");
        }
        return new NpyTensor(name, shape, values);
    }

    private static void Expect(string name, int actual, long expected)
    {
        if (actual < expected) throw new InvalidDataException($"{name}: {actual} data bytes, the header promises {expected}.");
    }

    [GeneratedRegex(@"'descr'\s*:\s*'([^']*)'")]
    private static partial Regex DescrPattern();

    [GeneratedRegex(@"'fortran_order'\s*:\s*(True|False)")]
    private static partial Regex FortranPattern();

    [GeneratedRegex(@"'shape'\s*:\s*\(([^)]*)\)")]
    private static partial Regex ShapePattern();
}
