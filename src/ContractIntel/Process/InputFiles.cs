using ContractIntel.Verbs;

namespace ContractIntel.Process;

/// <summary>Files named on the command line, with folders expanded (recursively, sorted, hidden files and Markdown notes skipped).</summary>
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
                    .Where(f => !Path.GetFileName(f).StartsWith('.') && !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                throw new CliException($"No such file or folder: {path}");
            }
        }
        return files;
    }
}
