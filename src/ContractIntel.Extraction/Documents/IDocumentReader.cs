namespace ContractIntel.Extraction.Documents;

/// <summary>
/// Bytes to text. <see cref="DocumentReader"/> reads in the calling process; the worker and <c>process</c> use an
/// isolated implementation that runs it in a child process with time and memory caps.
/// </summary>
public interface IDocumentReader
{
    /// <exception cref="DocumentRejectedException">The document itself is the problem (including a cap it ran into).</exception>
    DocumentText Read(ReadOnlyMemory<byte> bytes, string fileName, string? mediaType);
}
