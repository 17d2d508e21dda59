namespace ContractIntel.IntegrationTests.Messaging;

/// <summary>The bundled samples (samples/ at the repository root), falling back to the shared data folder before they land.</summary>
internal static class TestSamples
{
    private const string SharedSamples = "/work/shared/data/samples";

    public static string RepositoryRoot { get; } = FindRoot();

    public static string HardCase(string name) => Find(Path.Combine("hard-cases", name));

    /// <summary>The smallest bundled plain-text contract that still has some body (over 2 kB).</summary>
    public static string SmallTextContract()
    {
        var folders = new[] { Path.Combine(RepositoryRoot, "samples", "cuad-txt"), "/work/shared/data/cuad/full_contract_txt" };
        var folder = folders.FirstOrDefault(Directory.Exists)
            ?? throw new InvalidOperationException($"No plain-text contracts in {string.Join(" or ", folders)}.");
        return Directory.EnumerateFiles(folder, "*.txt")
            .Select(f => new FileInfo(f)).Where(f => f.Length > 2048)
            .OrderBy(f => f.Length).ThenBy(f => f.Name, StringComparer.Ordinal).First().FullName;
    }

    private static string Find(string relative)
    {
        var bundled = Path.Combine(RepositoryRoot, "samples", relative);
        if (File.Exists(bundled)) return bundled;
        var shared = Path.Combine(SharedSamples, relative);
        return File.Exists(shared) ? shared : throw new FileNotFoundException($"Sample {relative} is in neither samples/ nor {SharedSamples}.");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ContractIntel.sln"))) return dir.FullName;
        throw new InvalidOperationException("ContractIntel.sln not found above " + AppContext.BaseDirectory);
    }
}
