namespace ContractIntel.Contracts;

public sealed record DocumentProcessingFailed
{
    public Guid? DocumentId { get; init; }
    public Guid? RunId { get; init; }
    public required string ReasonCode { get; init; }
    public required string Message { get; init; }
    public bool RetryMayHelp { get; init; }
}
