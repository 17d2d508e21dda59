namespace ContractIntel.Messaging;

public static class MessagingNames
{
    public const string ProcessDocumentQueue = "process-document";

    /// <summary>MassTransit's convention: where a message goes once its retries are spent.</summary>
    public static string ErrorQueue(string queue) => queue + "_error";
}
