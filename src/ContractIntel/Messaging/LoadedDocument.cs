namespace ContractIntel.Messaging;

/// <summary>
/// The bytes a message names, or why there are none. A message whose bytes cannot be found or whose address is
/// malformed is a permanent failure of that message, not of any document, so it has no reason from the pipeline.
/// </summary>
public sealed record LoadedDocument(byte[]? Content, string FileName, Guid? ReprocessOf, string? ReasonCode, string? ReasonMessage)
{
    public const string NotFound = "not_found";
    public const string InvalidMessage = "invalid_message";

    public static LoadedDocument Found(byte[] content, string fileName, Guid? reprocessOf = null) =>
        new(content, fileName, reprocessOf, null, null);

    public static LoadedDocument Missing(string fileName, string message) => new(null, fileName, null, NotFound, message);

    public static LoadedDocument Refused(string fileName, string code, string message) => new(null, fileName, null, code, message);

    public static LoadedDocument Invalid(string fileName, string message) => new(null, fileName, null, InvalidMessage, message);
}
