using System.Text.Json.Nodes;
using ContractIntel.Data.Audit;
using ContractIntel.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContractIntel.IntegrationTests.Audit;

/// <summary>
/// Plays a superuser who knows the scheme: changes one event's payload, then recomputes every hash after it, so the
/// chain verifies on its own. Only a checkpoint kept outside the database can catch this.
/// </summary>
internal static class ChainRewriter
{
    public static async Task RewriteSubmitterAsync(DatabaseFixture db, long sequence, string submittedBy)
    {
        await using var owner = db.Owner();
        var events = await owner.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        var prev = AuditHasher.Genesis;
        var sql = new List<string> { "ALTER TABLE contract_intel.audit_events DISABLE TRIGGER append_only;" };
        foreach (var e in events)
        {
            var payload = e.Payload;
            if (e.Sequence == sequence)
            {
                var node = JsonNode.Parse(payload)!;
                node["data"]!["submitted_by"] = submittedBy;
                payload = node.ToJsonString();
            }
            var hash = AuditHasher.Link(prev, payload);
            sql.Add($"UPDATE contract_intel.audit_events SET payload = '{payload.Replace("'", "''", StringComparison.Ordinal)}', prev_hash = '{prev}', hash = '{hash}' WHERE sequence = {e.Sequence};");
            prev = hash;
        }
        sql.Add("ALTER TABLE contract_intel.audit_events ENABLE TRIGGER append_only;");
        await db.ExecuteAsOwnerAsync(string.Join('\n', sql));
    }
}
