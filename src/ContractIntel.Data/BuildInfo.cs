using System.Reflection;

namespace ContractIntel.Data;

/// <summary>
/// The git commit this build came from: the SDK stamps <c>git rev-parse HEAD</c> into the informational version
/// (<c>1.0.0+COMMIT</c>, SourceRevisionId); a build outside a git checkout has none and says "unknown".
/// </summary>
public static class BuildInfo
{
    public static string GitCommit { get; } = CommitOf(typeof(BuildInfo).Assembly);

    internal static string CommitOf(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var plus = informational?.IndexOf('+', StringComparison.Ordinal) ?? -1;
        return plus >= 0 && plus + 1 < informational!.Length ? informational[(plus + 1)..] : "unknown";
    }
}
