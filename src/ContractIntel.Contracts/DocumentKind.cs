using System.Text.Json.Serialization;

namespace ContractIntel.Contracts;

/// <summary>
/// What a document is read as. Messages carry it as its code (<see cref="DocumentKinds"/>: <c>auto</c>,
/// <c>contract</c>, <c>filing</c>), and the database and the audit hashes store the same code.
/// </summary>
[JsonConverter(typeof(DocumentKindJsonConverter))]
public enum DocumentKind
{
    /// <summary>Decide from the document's first page (only a request: a run records what was decided).</summary>
    Auto,
    Contract,
    Filing,
}
