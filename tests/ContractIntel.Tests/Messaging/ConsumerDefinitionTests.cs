using ContractIntel.Messaging;

namespace ContractIntel.Tests.Messaging;

public sealed class ConsumerDefinitionTests
{
    [Theory]
    [InlineData(0, 2, 2, 1)]
    [InlineData(0, 1, 2, 2)]
    [InlineData(0, 2, 16, 8)]
    [InlineData(0, 4, 2, 1)]
    [InlineData(3, 2, 2, 3)]
    public void ConcurrencyFor_AutoMeansOneDocumentPerIntraOpThreadsCores(int configured, int intraOp, int processors, int expected) =>
        Assert.Equal(expected, ProcessDocumentConsumerDefinition.ConcurrencyFor(new WorkerOptions { ConcurrentMessageLimit = configured }, intraOp, processors));
}
