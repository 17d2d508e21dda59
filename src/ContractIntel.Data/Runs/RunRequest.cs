using ContractIntel.Contracts;

namespace ContractIntel.Data.Runs;

/// <summary>Who asked for a run and with what code and configuration: everything the audit trail needs besides the results.</summary>
public sealed record RunRequest(
    Guid MessageId,
    string SubmittedBy,
    string? Matter,
    string FileName,
    DocumentKind RequestedKind,
    string PipelineVersion,
    string GitCommit,
    string ConfigHash,
    string WorkerHost,
    Guid? ReprocessOf = null);
