namespace ContractIntel.Data.Audit;

/// <summary>The stages an event records. A run ends with exactly one of committed or failed, which carries its seal.</summary>
public static class AuditStages
{
    public const string Received = "received";
    public const string Read = "read";
    public const string Segmented = "segmented";
    public const string Inferred = "inferred";
    public const string Fields = "fields";
    public const string Committed = "committed";
    public const string Failed = "failed";
    /// <summary>Written by the owner's retention function, contract_intel.purge_document.</summary>
    public const string Purged = "purged";

    public static bool IsFinal(string stage) => stage is Committed or Failed;
}
