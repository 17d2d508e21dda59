namespace ContractIntel.Data.Audit;

/// <summary>One thing that does not verify, named precisely enough to go and look: the event, or the table and row.</summary>
/// <param name="Kind">chain, payload, checkpoint, run, row or table.</param>
/// <param name="Row">The row's key within its table, e.g. <c>ordinal=3</c>.</param>
public sealed record VerificationProblem(string Kind, long? Sequence, Guid? RunId, string? Table, string? Row, string Message)
{
    public override string ToString() => Message;
}
