namespace ContractIntel.Tests;

/// <summary>
/// The bundled documents under samples/, found by walking up from the test binaries. Not CallerFilePath: CI builds
/// with ContinuousIntegrationBuild, which maps source paths to /_/.
/// </summary>
internal static class Samples
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static byte[] Bytes(string relative) => File.ReadAllBytes(PathOf(relative));

    /// <summary>Every sample document (relative path with '/'), excluding samples/README.md itself.</summary>
    public static IEnumerable<string> All() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(f => f != "README.md")
            .Order(StringComparer.Ordinal);

    public static TheoryData<string> AllData() => new(All());

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples");
            if (File.Exists(Path.Combine(candidate, "README.md")))
                return candidate;
        }
        throw new DirectoryNotFoundException($"No samples/README.md above {AppContext.BaseDirectory}.");
    }
}
