namespace ContractIntel.Messaging.Submission;

/// <summary>One line of the <c>submit --wait</c> table. Counts are null where no run was recorded.</summary>
public sealed record SubmissionRow(
    string File, string Status, int? Pages, int? Segments, int? Clauses, int? Fields, int? RunVersion, string? Reason, Guid MessageId);
