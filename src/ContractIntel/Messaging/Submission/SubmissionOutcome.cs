using ContractIntel.Extraction.Pipeline;
namespace ContractIntel.Messaging.Submission;

/// <summary>How one submitted message ended, as far as the submitter learned it (an event, a fault, or the database).</summary>
public sealed record SubmissionOutcome(string Status, string? ReasonCode, string? Message)
{
    /// <summary>A run was recorded: its status code (<see cref="RunStatusCodes"/>), which a submission's outcome extends.</summary>
    public const string Succeeded = RunStatusCodes.Succeeded;
    public const string Failed = RunStatusCodes.Failed;
    /// <summary>The worker gave up after its retries: the message is in the error queue.</summary>
    public const string Error = "error";
    public const string Pending = "pending";
}
