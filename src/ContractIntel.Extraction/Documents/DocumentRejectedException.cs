namespace ContractIntel.Extraction.Documents;

/// <summary>Thrown by a reader or a limit check when the document itself is the problem (not the machine).</summary>
public sealed class DocumentRejectedException : Exception
{
    public DocumentRejectedException(FailureReason reason, string message, Exception? inner = null)
        : base(message, inner) => Reason = reason;

    public FailureReason Reason { get; }
}
