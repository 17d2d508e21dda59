namespace ContractIntel.Messaging;

/// <summary>
/// The one folder the local state hangs from (inbox, claim checks), so every command and the worker agree on
/// absolute paths whatever directory they start in. The same setting deploy/local/services.sh reads.
/// </summary>
public static class StateFolder
{
    public const string Variable = "CONTRACTINTEL_STATE";

    /// <summary>
    /// <paramref name="configured"/> when set (it must be absolute), else <c>$CONTRACTINTEL_STATE</c>, else
    /// <c>.state</c> of the checkout the executable was built in, else <c>$XDG_STATE_HOME/contractintel</c>.
    /// </summary>
    public static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.IsPathRooted(configured) ? Path.GetFullPath(configured)
                : throw new InvalidOperationException($"The state folder must be an absolute path, not '{configured}'.");
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } fromEnvironment)
            return Path.GetFullPath(fromEnvironment);
        if (CheckoutRoot(AppContext.BaseDirectory) is { } checkout)
            return Path.Combine(checkout, ".state");
        var xdg = Environment.GetEnvironmentVariable("XDG_STATE_HOME");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(home, ".local", "state") : xdg, "contractintel");
    }

    /// <summary>The nearest folder above <paramref name="start"/> holding ContractIntel.sln (a source checkout), or null.</summary>
    public static string? CheckoutRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContractIntel.sln")))
                return dir.FullName;
        }
        return null;
    }
}
