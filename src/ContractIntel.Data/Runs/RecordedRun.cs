using ContractIntel.Extraction.Pipeline;

namespace ContractIntel.Data.Runs;

/// <param name="Redelivered">True when the message id had already been recorded: nothing new was written.</param>
public sealed record RecordedRun(
    Guid DocumentId, Guid RunId, int Version, string Sha256, RunStatus Status, string? ReasonCode, string? ReasonMessage,
    int Pages, int Segments, int Clauses, int Fields, int Sentences, bool Redelivered);
