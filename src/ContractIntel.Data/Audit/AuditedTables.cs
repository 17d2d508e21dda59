using ContractIntel.Data.Documents;
using ContractIntel.Data.Results;
using ContractIntel.Data.Runs;

namespace ContractIntel.Data.Audit;

/// <summary>
/// The tables whose rows carry a row hash, in seal order. Their columns come from the EF model
/// (<see cref="RowCanonical"/>); only the exceptions are written here, each with its reason.
/// </summary>
public static class AuditedTables
{
    private const string OwnHash = "the hash of this canonical form itself";

    public static readonly AuditedTable Documents = new(typeof(StoredDocument), "documents",
        new Dictionary<string, string>
        {
            ["row_hash"] = OwnHash,
            ["content"] = "the bytes, which retention clears; the hashed sha256 column stands for them and verify checks it against them",
            ["purged_at"] = "set by the retention function after the row was sealed; the purge is its own event in the chain",
        },
        new HashSet<string>());

    public static readonly AuditedTable Runs = Table(typeof(ProcessingRun), "processing_runs", "reason_code", "reason_message", "matter", "reprocess_of");
    public static readonly AuditedTable RunModels = Table(typeof(RunModel), "run_models");
    public static readonly AuditedTable Pages = Table(typeof(RunPage), "pages");
    public static readonly AuditedTable Segments = Table(typeof(RunSegment), "segments", "parent_index");
    public static readonly AuditedTable ClauseFindings = Table(typeof(RunClauseFinding), "findings");
    public static readonly AuditedTable Fields = Table(typeof(RunField), "fields");
    public static readonly AuditedTable SentenceScores = Table(typeof(RunSentenceSentiment), "sentence_scores");
    public static readonly AuditedTable DocumentScores = Table(typeof(RunDocumentSentiment), "document_scores");

    /// <summary>Every audited table: the document and the run, then the run's result tables in seal order.</summary>
    public static readonly IReadOnlyList<AuditedTable> All =
        [Documents, Runs, RunModels, Pages, Segments, ClauseFindings, Fields, SentenceScores, DocumentScores];

    /// <summary>The tables a run's seal lists by count and digest (the document and run rows are sealed by their hashes).</summary>
    public static readonly IReadOnlyList<AuditedTable> Results = All.Skip(2).ToList();

    private static AuditedTable Table(Type entity, string key, params string[] hashedWhenNull)
        => new(entity, key, new Dictionary<string, string> { ["row_hash"] = OwnHash }, hashedWhenNull.ToHashSet());
}
