// Build-time tool (a .NET file-based app run by BaseEncoder.targets): copies managed resources out of an assembly
// without loading it. Usage: extract-resources.cs ASSEMBLY OUTDIR ResourceName=file [ResourceName=file ...]
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

if (args.Length < 3)
{
    Console.Error.WriteLine("usage: extract-resources ASSEMBLY OUTDIR ResourceName=file ...");
    return 2;
}
var wanted = args[2..].Select(a => a.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
Directory.CreateDirectory(args[1]);
using (var stream = File.OpenRead(args[0]))
using (var pe = new PEReader(stream))
{
    var metadata = pe.GetMetadataReader();
    var directory = pe.PEHeaders.CorHeader!.ResourcesDirectory;
    var block = pe.GetSectionData(directory.RelativeVirtualAddress);
    foreach (var handle in metadata.ManifestResources)
    {
        var resource = metadata.GetManifestResource(handle);
        var name = metadata.GetString(resource.Name);
        if (!wanted.Remove(name, out var file)) continue;
        // Each embedded resource is stored as an int32 length followed by its bytes.
        var reader = block.GetReader((int)resource.Offset, block.Length - (int)resource.Offset);
        var length = reader.ReadInt32();
        var target = Path.Combine(args[1], file);
        File.WriteAllBytes(target + ".tmp", reader.ReadBytes(length));
        File.Move(target + ".tmp", target, overwrite: true);
        Console.WriteLine($"extracted {name} ({length} bytes)");
    }
}
if (wanted.Count > 0)
{
    Console.Error.WriteLine($"resources not found in {args[0]}: {string.Join(", ", wanted.Keys)}");
    return 1;
}
return 0;
