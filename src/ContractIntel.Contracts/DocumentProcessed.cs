namespace ContractIntel.Contracts;

public sealed record DocumentProcessed
{
    public required Guid DocumentId { get; init; }
    public required Guid RunId { get; init; }
    public required int RunVersion { get; init; }
    public required string Sha256 { get; init; }
    public int Pages { get; init; }
    public int Segments { get; init; }
    public int Clauses { get; init; }
    public int Fields { get; init; }
    public int Sentences { get; init; }
}
