using ContractIntel.Data;
using ContractIntel.Data.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace ContractIntel.Viewer.Pages;

/// <summary><c>/runs/{id}/pack</c>: the run as an audit pack (JSON), for <c>contractintel audit verify --pack FILE</c> offline.</summary>
internal static class PackExport
{
    public static async Task<IResult> ExportAsync(HttpContext http, Guid id, ContractIntelDbContext db,
        ViewerIdentity identity, TimeProvider time, CancellationToken ct)
    {
        var run = await RunSnapshot.LoadAsync(db, id, ct);
        if (run is null) return Layout.NotFound(http, $"No run {id}.");
        var head = await new AuditVerifier(db).CheckpointAsync(time, ct);
        using var buffer = new MemoryStream();
        await AuditPack.WriteAsync(buffer, run, head, identity.Role, ct);
        return Results.File(buffer.ToArray(), "application/json", $"contractintel-audit-pack-{id}.json");
    }
}
