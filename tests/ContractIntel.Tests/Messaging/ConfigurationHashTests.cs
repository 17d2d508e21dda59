using ContractIntel.Messaging;
using Microsoft.Extensions.Configuration;

namespace ContractIntel.Tests.Messaging;

public sealed class ConfigurationHashTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Compute_SameSettingsInAnotherOrderOrCase_SameHash()
    {
        var a = Config(("ContractIntel:Limits:MaxPages", "2000"), ("ContractIntel:Inference:Device", "cpu"));
        var b = Config(("contractintel:inference:device", "cpu"), ("CONTRACTINTEL:LIMITS:MAXPAGES", "2000"));
        Assert.Equal(ConfigurationHash.Compute(a), ConfigurationHash.Compute(b));
    }

    [Fact]
    public void Compute_ChangedSetting_ChangesHash()
    {
        var a = Config(("ContractIntel:Limits:MaxPages", "2000"));
        var b = Config(("ContractIntel:Limits:MaxPages", "2001"));
        Assert.NotEqual(ConfigurationHash.Compute(a), ConfigurationHash.Compute(b));
    }

    [Fact]
    public void Compute_SecretsAndOtherSections_LeftOut()
    {
        var plain = Config(("ContractIntel:Limits:MaxPages", "2000"));
        var withSecrets = Config(("ContractIntel:Limits:MaxPages", "2000"),
            ("ContractIntel:RabbitMq:Password", "hunter2"),
            ("ContractIntel:Database:ConnectionString", "Host=x;Password=y"),
            ("ContractIntel:Database:OwnerConnectionString", "Host=x;Password=z"),
            ("Logging:LogLevel:Default", "Debug"));
        Assert.Equal(ConfigurationHash.Compute(plain), ConfigurationHash.Compute(withSecrets));
        Assert.Matches("^[0-9a-f]{64}$", ConfigurationHash.Compute(plain));
    }

    [Theory]
    [InlineData("RabbitMq:Password", true)]
    [InlineData("Database:AuditorConnectionString", true)]
    [InlineData("Telemetry:Api_Key", true)]
    [InlineData("RabbitMq:Username", false)]
    [InlineData("Limits:MaxBytes", false)]
    public void IsSecret_ByKeyName(string key, bool secret) => Assert.Equal(secret, ConfigurationHash.IsSecret(key));
}
