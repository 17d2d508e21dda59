namespace ContractIntel.Tests;

/// <summary>
/// Scratch folders for one test run, all under one temporary folder named with the test process's id. Model tests
/// write a rebuilt encoder cache of about 170 MB each; left in /tmp, a day of runs fills a disk. The folder is
/// deleted when the process exits normally, but VSTest kills its test host at the end of a run, so each run also
/// deletes the folders of earlier runs whose process is gone.
/// </summary>
internal static class TestFolders
{
    private static readonly Lazy<string> RunRoot = new(CreateRunRoot);

    /// <summary>A new, empty folder under this run's temporary folder, deleted on dispose.</summary>
    public static ScratchFolder New(string prefix) =>
        new(Directory.CreateDirectory(Path.Combine(RunRoot.Value, prefix + Guid.NewGuid().ToString("N"))).FullName);

    /// <summary>A folder shared by the tests of this run (created on first use, deleted with the run).</summary>
    public static string Shared(string name) => Directory.CreateDirectory(Path.Combine(RunRoot.Value, name)).FullName;

    private const string Prefix = "contractintel-tests-";

    private static string CreateRunRoot()
    {
        DeleteFoldersOfEndedRuns();
        var root = Directory.CreateTempSubdirectory($"{Prefix}{Environment.ProcessId}-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteQuietly(root);
        return root;
    }

    private static void DeleteFoldersOfEndedRuns()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            var rest = Path.GetFileName(folder)[Prefix.Length..];
            var dash = rest.IndexOf('-');
            if (dash > 0 && int.TryParse(rest[..dash], out var pid) && !IsRunning(pid)) DeleteQuietly(folder);
        }
    }

    internal static void DeleteQuietly(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}

/// <summary>A test's scratch folder: usable as its path, deleted with everything in it on dispose.</summary>
internal sealed class ScratchFolder(string path) : IDisposable
{
    public string Path { get; } = path;

    public static implicit operator string(ScratchFolder folder) => folder.Path;

    public override string ToString() => Path;

    public void Dispose() => TestFolders.DeleteQuietly(Path);
}
