using ContractIntel.Contracts;
using ContractIntel.Data.Runs;
using ContractIntel.Extraction.Pipeline;

namespace ContractIntel.Messaging;

/// <summary>The event that announces a recorded run: the same whether the run was just written or found again on redelivery.</summary>
public static class ProcessingEvents
{
    public static bool IsSuccess(RecordedRun run) => run.ReasonCode is null && run.Status == RunStatus.Succeeded;

    public static DocumentProcessed Processed(RecordedRun run) => new()
    {
        DocumentId = run.DocumentId,
        RunId = run.RunId,
        RunVersion = run.Version,
        Sha256 = run.Sha256,
        Pages = run.Pages,
        Segments = run.Segments,
        Clauses = run.Clauses,
        Fields = run.Fields,
        Sentences = run.Sentences,
    };

    /// <summary>A recorded failure is a property of the bytes (the pipeline's reasons), so retrying cannot help.</summary>
    public static DocumentProcessingFailed Failed(RecordedRun run) => new()
    {
        DocumentId = run.DocumentId,
        RunId = run.RunId,
        ReasonCode = run.ReasonCode ?? run.Status.ToCode(),
        Message = run.ReasonMessage ?? "The run failed.",
        RetryMayHelp = false,
    };

    /// <summary>No run exists: the message itself was unusable (its bytes are missing or its address is malformed).</summary>
    public static DocumentProcessingFailed NotLoaded(LoadedDocument loaded) => new()
    {
        DocumentId = loaded.ReprocessOf,
        ReasonCode = loaded.ReasonCode!,
        Message = loaded.ReasonMessage ?? loaded.ReasonCode!,
        RetryMayHelp = false,
    };
}
