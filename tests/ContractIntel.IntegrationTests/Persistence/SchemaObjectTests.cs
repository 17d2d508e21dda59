using ContractIntel.Data;
using ContractIntel.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ContractIntel.IntegrationTests.Persistence;

/// <summary>
/// What the migrations create in SQL besides the EF model: every table of the schema is in the model (so the
/// fixture's reset, derived from the model, empties them all), and the renamed clause findings table kept its
/// triggers and grants.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class SchemaObjectTests(DatabaseFixture db) : DatabaseTest(db)
{
    [Fact]
    public async Task EveryTableOfTheSchema_IsInTheModel()
    {
        var inDatabase = await StringsAsync($"""
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = '{ContractIntelDbContext.Schema}' AND table_type = 'BASE TABLE' AND table_name <> '{ContractIntelDatabase.HistoryTable}'
            ORDER BY table_name
            """);
        await using var owner = Db.Owner();
        var inModel = owner.Model.GetEntityTypes().Select(e => e.GetTableName()!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(inModel, inDatabase);
    }

    [Fact]
    public async Task RunClauseFindings_KeepsTriggersAndGrantsAfterTheRename()
    {
        var triggers = await StringsAsync("""
            SELECT tgname FROM pg_trigger WHERE tgrelid = 'contract_intel.run_clause_findings'::regclass AND NOT tgisinternal ORDER BY tgname
            """);
        Assert.Equal(["append_only", "append_only_truncate", "sealed_run"], triggers);
        var rights = await StringsAsync("""
            SELECT r || ':' || p FROM unnest(ARRAY['contractintel_worker', 'contractintel_auditor']) r,
                                      unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE']) p
            WHERE has_table_privilege(r, 'contract_intel.run_clause_findings', p) ORDER BY 1
            """);
        Assert.Equal(["contractintel_auditor:SELECT", "contractintel_worker:INSERT", "contractintel_worker:SELECT"], rights);
    }

    private async Task<List<string>> StringsAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(Db.OwnerConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        var list = new List<string>();
        while (await reader.ReadAsync()) list.Add(reader.GetString(0));
        return list;
    }
}
