namespace ContractIntel.Tests;

/// <summary>
/// Scratch folders for one test run, all under one temporary folder that is deleted when the test process exits.
/// Model tests write a rebuilt encoder cache of about 170 MB each; left in /tmp, a day of runs fills a disk.
/// </summary>
internal static class TestFolders
{
    private static readonly Lazy<string> RunRoot = new(CreateRunRoot);

    /// <summary>A new, empty folder under this run's temporary folder.</summary>
    public static string New(string prefix) =>
        Directory.CreateDirectory(Path.Combine(RunRoot.Value, prefix + Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>A folder shared by the tests of this run (created on first use, deleted with the run).</summary>
    public static string Shared(string name) => Directory.CreateDirectory(Path.Combine(RunRoot.Value, name)).FullName;

    private static string CreateRunRoot()
    {
        var root = Directory.CreateTempSubdirectory("contractintel-tests-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(root, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        };
        return root;
    }
}
