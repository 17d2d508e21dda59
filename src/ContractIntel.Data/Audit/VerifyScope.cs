namespace ContractIntel.Data.Audit;

/// <summary>Which runs get their rows recomputed. The chain itself is always checked from the first event.</summary>
public sealed record VerifyScope(Guid? RunId = null, Guid? DocumentId = null)
{
    public static readonly VerifyScope All = new();
}
