using ContractIntel.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace ContractIntel.Health;

/// <summary>
/// PostgreSQL answers as the runtime role the worker uses (not the owner), the schema is migrated, and that role
/// may insert runs: the three things a worker needs before it takes a message.
/// </summary>
public sealed class DatabaseHealthCheck(IConfiguration configuration) : IHealthCheck
{
    public const string ConnectionStringKey = "ContractIntel:Database:ConnectionString";

    private static readonly string RunsTable = $"{ContractIntelDbContext.Schema}.processing_runs";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connectionString = configuration[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
            return HealthCheckResult.Unhealthy($"{ConnectionStringKey} is not set.");
        var csb = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5, Pooling = false };
        var where = $"{csb.Host}:{csb.Port}/{csb.Database}";
        try
        {
            await using var connection = new NpgsqlConnection(csb.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            // to_regclass needs no rights on the table, so "not migrated" and "no grant" are told apart.
            await using var command = new NpgsqlCommand(
                "select current_user, to_regclass(@t) is not null, to_regclass(@t) is not null and has_table_privilege(@t, 'INSERT')", connection);
            command.Parameters.AddWithValue("t", RunsTable);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var data = new Dictionary<string, object> { ["host"] = where, ["user"] = reader.GetString(0), ["server"] = connection.PostgreSqlVersion.ToString() };
            if (!reader.GetBoolean(1))
                return HealthCheckResult.Unhealthy($"PostgreSQL answers but {RunsTable} does not exist: run `contractintel migrate`.", data: data);
            if (!reader.GetBoolean(2))
                return HealthCheckResult.Unhealthy($"{reader.GetString(0)} may not insert into {RunsTable}.", data: data);
            return HealthCheckResult.Healthy("PostgreSQL answers; schema migrated.", data);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"PostgreSQL at {where}: {e.GetBaseException().Message}", e);
        }
    }
}
