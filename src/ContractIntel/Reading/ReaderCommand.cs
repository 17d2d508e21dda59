using System.Diagnostics;

namespace ContractIntel.Reading;

/// <summary>
/// How to start this executable again as the reader: the <c>contractintel</c> apphost next to the assembly, or
/// <c>dotnet exec contractintel.dll</c> where there is none (a test host runs from its own folder).
/// </summary>
public sealed class ReaderCommand
{
    private readonly string _directory = Path.GetDirectoryName(typeof(ReaderCommand).Assembly.Location) ?? AppContext.BaseDirectory;
    private readonly string[]? _command;

    public ReaderCommand()
    {
    }

    /// <summary>Another program as the reader (tests use a child that hangs, crashes or grows, to prove the caps).</summary>
    public ReaderCommand(params string[] command) => _command = command;

    /// <summary>True for another program than this executable: it does not speak the header protocol ahead of time.</summary>
    public bool IsCustom => _command is not null;

    public ProcessStartInfo StartInfo()
    {
        if (_command is not null)
        {
            var custom = new ProcessStartInfo(_command[0]);
            foreach (var arg in _command[1..]) custom.ArgumentList.Add(arg);
            return custom;
        }
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
