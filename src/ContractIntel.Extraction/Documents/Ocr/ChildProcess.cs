using System.ComponentModel;
using System.Diagnostics;

namespace ContractIntel.Extraction.Documents.Ocr;

/// <summary>
/// Runs one tool as a child process under a wall-clock limit (killed, with its children, when it runs past it) and
/// an address-space limit (util-linux prlimit, so a hostile image makes the child fail, not the worker).
/// </summary>
internal static class ChildProcess
{
    private const string Prlimit = "/usr/bin/prlimit";

    internal sealed record Outcome(int ExitCode, string StdOut, string StdErr, bool TimedOut);

    /// <exception cref="FileNotFoundException">The tool is not installed.</exception>
    public static Outcome Run(string tool, IEnumerable<string> arguments, TimeSpan timeout, int memoryLimitMb)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
        };
        var path = Resolve(tool) ?? throw new FileNotFoundException($"{tool} is not installed.", tool);
        if (File.Exists(Prlimit))
        {
            info.FileName = Prlimit;
            info.ArgumentList.Add($"--as={(long)memoryLimitMb * 1024 * 1024}");
            info.ArgumentList.Add("--");
            info.ArgumentList.Add(path);
        }
        else
        {
            info.FileName = path;
        }
        foreach (var a in arguments) info.ArgumentList.Add(a);
        // One thread per Tesseract: the worker already runs documents side by side, and OpenMP's threads make it slower on shared cores.
        info.Environment["OMP_THREAD_LIMIT"] = "1";

        using var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new FileNotFoundException($"{tool} cannot be started: {e.Message}", tool, e);
        }
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new Outcome(-1, "", "", TimedOut: true);
        }
        process.WaitForExit();
        return new Outcome(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult(), TimedOut: false);
    }

    /// <summary>An absolute path, or the first match on PATH; null when the tool is nowhere.</summary>
    public static string? Resolve(string tool)
    {
        if (Path.IsPathRooted(tool))
            return File.Exists(tool) ? tool : null;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, tool);
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
