using MassTransit;

namespace ContractIntel.Contracts;

/// <summary>
/// Asks a worker to process one document. Exactly one of <see cref="InboxPath"/> (relative to the worker's
/// inbox folder) or <see cref="Content"/> (MassTransit's claim check: the bytes sit in a message-data
/// repository both sides share, the message carries only its address) names the bytes.
/// </summary>
public sealed record ProcessDocument
{
    public required string FileName { get; init; }
    public string? InboxPath { get; init; }
    public MessageData<byte[]>? Content { get; init; }
    public string? MediaType { get; init; }
    public string Kind { get; init; } = DocumentKinds.Auto;
    public string? Matter { get; init; }
    public required string SubmittedBy { get; init; }
    /// <summary>Score sentence sentiment even where the kind would not (filings always get it).</summary>
    public bool ScoreSentiment { get; init; }
    /// <summary>Set by <c>reprocess</c>: the document already stored, re-read from its stored bytes.</summary>
    public Guid? DocumentId { get; init; }
}
