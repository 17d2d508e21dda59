namespace ContractIntel.Data.Audit;

/// <summary>What <c>audit verify</c> found. Intact means no problem at all; problems come in chain order, the first first.</summary>
public sealed record VerificationReport(
    long Events, long HeadSequence, string HeadHash, int RunsChecked, int RunsPurged, int CheckpointsChecked,
    IReadOnlyList<VerificationProblem> Problems)
{
    public bool Intact => Problems.Count == 0;
}
