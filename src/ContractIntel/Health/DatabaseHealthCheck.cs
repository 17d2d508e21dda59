using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace ContractIntel.Health;

/// <summary>PostgreSQL answers a query as the runtime role the worker uses (not the owner).</summary>
public sealed class DatabaseHealthCheck(IConfiguration configuration) : IHealthCheck
{
    public const string ConnectionStringKey = "ContractIntel:Database:ConnectionString";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connectionString = configuration[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
            return HealthCheckResult.Unhealthy($"{ConnectionStringKey} is not set.");
        var csb = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5, Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(csb.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("select current_user, version()", connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var data = new Dictionary<string, object>
            {
                ["host"] = $"{csb.Host}:{csb.Port}/{csb.Database}",
                ["user"] = reader.GetString(0),
                ["server"] = connection.PostgreSqlVersion.ToString(),
            };
            return HealthCheckResult.Healthy("PostgreSQL answers.", data);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return HealthCheckResult.Unhealthy($"PostgreSQL at {csb.Host}:{csb.Port}/{csb.Database}: {e.Message}", e);
        }
    }
}
