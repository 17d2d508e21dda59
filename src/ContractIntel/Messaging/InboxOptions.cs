using System.ComponentModel.DataAnnotations;

namespace ContractIntel.Messaging;

/// <summary>
/// Folders the submitter and the workers share. Relative paths resolve against the current directory, so a
/// worker and a <c>submit</c> started from the same place agree; deployments set absolute paths.
/// </summary>
public sealed class InboxOptions
{
    public const string SectionName = "ContractIntel:Inbox";

    /// <summary>Documents named by <c>ProcessDocument.InboxPath</c> live under this folder.</summary>
    [Required]
    public string Path { get; set; } = ".state/inbox";

    /// <summary>MassTransit's file-system message-data repository (the claim check).</summary>
    [Required]
    public string ClaimCheckPath { get; set; } = ".state/claim-check";

    public string InboxRoot => System.IO.Path.GetFullPath(Path);

    public string ClaimCheckRoot => System.IO.Path.GetFullPath(ClaimCheckPath);
}
