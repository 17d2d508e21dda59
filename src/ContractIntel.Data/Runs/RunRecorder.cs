using ContractIntel.Extraction.Pipeline;

namespace ContractIntel.Data.Runs;

/// <summary>
/// Persists one pipeline result in one transaction: the document (unique by sha256, with its bytes), a new
/// run (version = previous runs + 1), its pages, segments, clause findings, fields and sentiment, the
/// message id (unique: a redelivery writes nothing and returns the first recording), and the run's audit events.
/// </summary>
public sealed class RunRecorder
{
    public Task<RecordedRun> RecordAsync(RunRequest request, ReadOnlyMemory<byte> content, PipelineResult result, CancellationToken cancellationToken)
        => throw new NotImplementedException();

    /// <summary>The recording of an already processed message, or null.</summary>
    public Task<RecordedRun?> FindByMessageAsync(Guid messageId, CancellationToken cancellationToken)
        => throw new NotImplementedException();

    /// <summary>The stored bytes and file name of a document, for reprocessing.</summary>
    public Task<(byte[] Content, string FileName)?> LoadContentAsync(Guid documentId, CancellationToken cancellationToken)
        => throw new NotImplementedException();
}
