namespace ContractIntel.IntegrationTests.Messaging;

/// <summary>The integration tests need the real servers; without their settings they fail and say how to start them.</summary>
internal static class ServerEnvironment
{
    private static readonly string[] Required = ["ContractIntel__Database__ConnectionString", "ContractIntel__RabbitMq__Port"];

    public static void Require()
    {
        var missing = Required.Where(v => string.IsNullOrEmpty(Environment.GetEnvironmentVariable(v))).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException(
                $"{string.Join(", ", missing)} not set. Start PostgreSQL and RabbitMQ and export their settings first: " +
                "deploy/local/services.sh start && eval \"$(deploy/local/services.sh env)\"");
    }
}
