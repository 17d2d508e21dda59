namespace ContractIntel.Commands;

/// <summary>
/// Every exit code <c>contractintel</c> returns, in one place, so scripts and supervisors can rely on them.
/// </summary>
public enum ExitCode
{
    Success = 0,

    /// <summary>
    /// The command ran and the outcome is bad (a document failed, the chain is broken, a message timed out), or a
    /// server it needs (the database, the broker) cannot be reached: a supervisor may retry later.
    /// </summary>
    Failure = 1,

    /// <summary>Bad usage: an unknown option, a bad value, a missing file, invalid settings. Retrying will not help.</summary>
    Usage = 2,

    /// <summary>The hidden <c>read-document</c> child: its capped heap ran out (read by IsolatedDocumentReader).</summary>
    ReaderOutOfMemory = 3,

    /// <summary>The hidden <c>read-document</c> child: an exception that is not the document's fault.</summary>
    ReaderInternalError = 4,

    /// <summary>What the command was asked about does not exist (e.g. <c>audit verify --run</c> with an unknown id).</summary>
    NotFound = 5,

    /// <summary>Stopped by Ctrl+C before it finished (128 + SIGINT, as shells report it).</summary>
    Interrupted = 130,
}
