using ContractIntel.Commands;

namespace ContractIntel.Process;

/// <summary>
/// Files named on the command line, with folders expanded recursively in name order, skipping hidden paths and
/// README files. <c>process</c> and <c>submit</c> both use it, so they see the same documents.
/// </summary>
public static class InputFiles
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetRelativePath(path, f).Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.'))
                        && !Path.GetFileName(f).Contains("README", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                throw new CliException($"No such file or directory: {path}");
            }
        }
        return files;
    }
}
