namespace ContractIntel.IntegrationTests.Infrastructure;

/// <summary>
/// A test class of <see cref="DatabaseCollection"/>: each test starts from the fixture's reset (data is reset before,
/// not after, so a failed test leaves its rows to look at) and reaches the database through <see cref="Db"/>.
/// </summary>
public abstract class DatabaseTest(DatabaseFixture db) : IAsyncLifetime
{
    protected DatabaseFixture Db { get; } = db;

    public Task InitializeAsync() => Db.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
