using ContractIntel.Data;
using ContractIntel.Data.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace ContractIntel.IntegrationTests.Infrastructure;

/// <summary>
/// The real PostgreSQL the test script started, migrated once per test run with the real migrations as the owner.
/// Tests reset the data before they run (never after), so a failed test leaves its rows to look at. Test runs of
/// different checkouts share the server, so the fixture holds a session advisory lock for its lifetime.
/// </summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    public const string WorkerVariable = "ContractIntel__Database__ConnectionString";
    public const string OwnerVariable = "ContractIntel__Database__OwnerConnectionString";
    public const string AuditorVariable = "ContractIntel__Database__AuditorConnectionString";

    private NpgsqlConnection? _runLock;

    public DatabaseFixture()
    {
        WorkerConnectionString = Environment.GetEnvironmentVariable(WorkerVariable) ?? "";
        OwnerConnectionString = Environment.GetEnvironmentVariable(OwnerVariable) ?? "";
        if (WorkerConnectionString.Length == 0 || OwnerConnectionString.Length == 0)
        {
            throw new InvalidOperationException(
                $"The integration tests need PostgreSQL and RabbitMQ: {WorkerVariable} and {OwnerVariable} are not set. " +
                "Run `deploy/local/services.sh start` and `eval \"$(deploy/local/services.sh env)\"`, then run the tests again.");
        }
        // The auditor login is the documented local default when the script did not export it.
        AuditorConnectionString = Environment.GetEnvironmentVariable(AuditorVariable)
            ?? new NpgsqlConnectionStringBuilder(OwnerConnectionString) { Username = "contractintel_auditor", Password = "contractintel-auditor-dev" }.ConnectionString;
    }

    public string WorkerConnectionString { get; }
    public string OwnerConnectionString { get; }
    public string AuditorConnectionString { get; }

    public async Task InitializeAsync()
    {
        _runLock = new NpgsqlConnection(OwnerConnectionString);
        await _runLock.OpenAsync();
        await using (var cmd = new NpgsqlCommand("SELECT pg_advisory_lock(1128857600, 99)", _runLock))
            await cmd.ExecuteNonQueryAsync();
        await using var db = Owner();
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_runLock is not null) await _runLock.DisposeAsync();
    }

    public ContractIntelDbContext Owner() => ContractIntelDatabase.Open(OwnerConnectionString);
    public ContractIntelDbContext Worker() => ContractIntelDatabase.Open(WorkerConnectionString);
    public ContractIntelDbContext Auditor() => ContractIntelDatabase.Open(AuditorConnectionString);

    public RunRecorder Recorder(TimeProvider? time = null)
        => new(new PooledDbContextFactory<ContractIntelDbContext>(ContractIntelDatabase.Options(WorkerConnectionString)), time ?? TimeProvider.System);

    /// <summary>
    /// Empties every table of the EF model (so a new table is reset without being listed; after efcore.pg's
    /// NpgsqlDatabaseCleaner) in one TRUNCATE, which needs no order between referencing tables, through the owner's
    /// retention path (the append-only triggers honour it). The migrations history is not in the model and stays.
    /// </summary>
    public async Task ResetAsync()
    {
        await using var conn = new NpgsqlConnection(OwnerConnectionString);
        await conn.OpenAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await using (var flag = new NpgsqlCommand("SET LOCAL contract_intel.retention = 'on'", conn, tx))
            await flag.ExecuteNonQueryAsync();
        var list = string.Join(", ", ContractIntelDatabase.DesignModel.GetEntityTypes()
            .Select(e => $"{Quote(e.GetSchema() ?? ContractIntelDbContext.Schema)}.{Quote(e.GetTableName()!)}").Order(StringComparer.Ordinal));
        await using (var truncate = new NpgsqlCommand($"TRUNCATE {list}", conn, tx))
            await truncate.ExecuteNonQueryAsync();
        await tx.CommitAsync();
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>Runs SQL as the owner (e.g. to tamper with triggers disabled); returns the rows affected.</summary>
    public Task<int> ExecuteAsOwnerAsync(string sql) => ExecuteAsync(OwnerConnectionString, sql);

    public static async Task<int> ExecuteAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return await cmd.ExecuteNonQueryAsync();
    }
}
