using System.ComponentModel.DataAnnotations;

namespace ContractIntel.Messaging;

/// <summary>
/// Folders the submitter and the workers share. Relative paths resolve against the state folder
/// (<see cref="StateFolder"/>), never the current directory, so <c>submit</c> from anywhere and the worker agree.
/// </summary>
public sealed class InboxOptions
{
    public const string SectionName = "ContractIntel:Inbox";

    /// <summary>Absolute state folder; empty means <see cref="StateFolder.Resolve"/>'s default.</summary>
    public string StatePath { get; set; } = "";

    /// <summary>Documents named by <c>ProcessDocument.InboxPath</c> live under this folder.</summary>
    [Required]
    public string Path { get; set; } = "inbox";

    /// <summary>MassTransit's file-system message-data repository (the claim check).</summary>
    [Required]
    public string ClaimCheckPath { get; set; } = "claim-check";

    /// <summary>Delete a message's inbox file or claim check once its run is committed (see the README, "Retention").</summary>
    public bool DeleteAfterCommit { get; set; } = true;

    public string StateRoot => StateFolder.Resolve(StatePath);

    public string InboxRoot => System.IO.Path.GetFullPath(Path, StateRoot);

    public string ClaimCheckRoot => System.IO.Path.GetFullPath(ClaimCheckPath, StateRoot);
}
