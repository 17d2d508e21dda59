using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ContractIntel.Models;

/// <summary>
/// Wall and CPU time of one piece of work, for <c>bench pipeline</c>. CPU is this process's
/// <see cref="System.Diagnostics.Process.TotalProcessorTime"/> delta (all threads: the ONNX Runtime pool, the GC)
/// plus, on Linux, the delta of getrusage(RUSAGE_CHILDREN): the user+sys time of child processes reaped meanwhile
/// (the isolated reader, pdftotext). Children are reaped by the runtime when they exit, so a child's time lands in
/// the stage that waited for it.
/// </summary>
internal static class CpuMeter
{
    public readonly record struct Sample(TimeSpan Wall, TimeSpan Self, TimeSpan Children)
    {
        public TimeSpan Cpu => Self + Children;
    }

    public static T Measure<T>(Func<T> run, out Sample sample)
    {
        var self = SelfCpu();
        var children = ChildrenCpu();
        var clock = Stopwatch.StartNew();
        var result = run();
        sample = new Sample(clock.Elapsed, SelfCpu() - self, ChildrenCpu() - children);
        return result;
    }

    private static TimeSpan SelfCpu()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>User+sys time of all reaped children so far; zero where getrusage is not available.</summary>
    public static TimeSpan ChildrenCpu()
    {
        if (!OperatingSystem.IsLinux()) return TimeSpan.Zero;
        // struct rusage on linux-x64: two timevals (seconds, microseconds as longs) then fourteen longs.
        var usage = new long[18];
        if (getrusage(RusageChildren, usage) != 0) return TimeSpan.Zero;
        return TimeSpan.FromMicroseconds((usage[0] + usage[2]) * 1_000_000.0 + usage[1] + usage[3]);
    }

    /// <summary>Peak resident set (VmHWM) in bytes, or the runtime's peak working set off Linux.</summary>
    public static long PeakRss()
    {
        if (OperatingSystem.IsLinux())
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null && long.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], out var kb)) return kb * 1024;
        }
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    /// <summary>
    /// Resets VmHWM to the current RSS (writing 5 to /proc/self/clear_refs, Linux 4.0+), so each precision's peak
    /// is its own. False when the kernel refuses: the peak is then the whole run's so far.
    /// </summary>
    public static bool ResetPeakRss()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private const int RusageChildren = -1;

    [DllImport("libc", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int getrusage(int who, [Out] long[] usage);
}
