using ContractIntel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContractIntel.Persistence;

/// <summary>Healthy when the worker connection opens and the schema it writes to is there.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<ContractIntelDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var head = await db.AuditEvents.AsNoTracking().OrderByDescending(e => e.Sequence).Select(e => e.Sequence)
                .FirstOrDefaultAsync(cancellationToken);
            return HealthCheckResult.Healthy($"chain head {head}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("database unreachable or not migrated", e);
        }
    }
}
