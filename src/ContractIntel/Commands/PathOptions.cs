using System.CommandLine;

namespace ContractIntel.Commands;

/// <summary>Options that name a file or folder, checked while parsing so a typo is one line and exit 2.</summary>
public static class PathOptions
{
    /// <summary>A folder that must be given and exist.</summary>
    public static Option<DirectoryInfo> ExistingFolder(string name, string description)
    {
        var option = new Option<DirectoryInfo>(name) { Description = description, HelpName = "DIR", Required = true };
        option.AcceptExistingOnly();
        return option;
    }

    /// <summary>A file that, when given, must exist.</summary>
    public static Option<FileInfo?> ExistingFile(string name, string description)
    {
        return new Option<FileInfo?>(name) { Description = description, HelpName = "FILE" }
            .Check(f => f is null || f.Exists, $"{name} names no existing file.");
    }

    /// <summary>A file that must be given and exist.</summary>
    public static Option<FileInfo> RequiredExistingFile(string name, string description)
        => Existing(new Option<FileInfo>(name) { Description = description, HelpName = "FILE", Required = true });

    /// <summary>A file that must exist, <paramref name="defaultPath"/> (relative to the working folder) when not given.</summary>
    public static Option<FileInfo> ExistingFile(string name, string description, string defaultPath)
        => Existing(new Option<FileInfo>(name) { Description = description, HelpName = "FILE", DefaultValueFactory = _ => new FileInfo(defaultPath) });

    private static Option<FileInfo> Existing(Option<FileInfo> option)
    {
        option.AcceptExistingOnly();
        return option;
    }
}
