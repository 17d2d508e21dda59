namespace ContractIntel.IntegrationTests.Infrastructure;

/// <summary>Every test that touches the database joins this collection: one migration, tests one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class DatabaseCollection : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "database";
}
