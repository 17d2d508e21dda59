namespace ContractIntel.IntegrationTests.Messaging;

/// <summary>The messaging tests share one worker host: starting one costs more than all of its tests.</summary>
[CollectionDefinition(Name)]
public sealed class MessagingCollection : ICollectionFixture<WorkerFixture>
{
    public const string Name = "messaging";
}
