using System.Diagnostics;

namespace ContractIntel.Reading;

/// <summary>
/// How to start this executable again as the reader: the <c>contractintel</c> apphost next to the assembly, or
/// <c>dotnet exec contractintel.dll</c> where there is none (a test host runs from its own folder).
/// </summary>
public sealed class ReaderCommand
{
    private readonly string _directory = Path.GetDirectoryName(typeof(ReaderCommand).Assembly.Location) ?? AppContext.BaseDirectory;

    public ProcessStartInfo StartInfo()
    {
        var apphost = Path.Combine(_directory, OperatingSystem.IsWindows() ? "contractintel.exe" : "contractintel");
        if (File.Exists(apphost))
            return new ProcessStartInfo(apphost);
        var info = new ProcessStartInfo(DotnetHost());
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(Path.Combine(_directory, "contractintel.dll"));
        return info;
    }

    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet")
            return current;
        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
    }
}
