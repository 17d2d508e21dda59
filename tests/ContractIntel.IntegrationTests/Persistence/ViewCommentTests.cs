using ContractIntel.IntegrationTests.Infrastructure;
using Npgsql;

namespace ContractIntel.IntegrationTests.Persistence;

/// <summary>A SQL client shows what each view column means: every column of every view carries a COMMENT.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class ViewCommentTests(DatabaseFixture db)
{
    [Fact]
    public async Task EveryViewColumn_HasAComment()
    {
        await using var conn = new NpgsqlConnection(db.AuditorConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("""
            SELECT c.relname || '.' || a.attname
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE n.nspname = 'contract_intel' AND c.relkind = 'v' AND col_description(c.oid, a.attnum) IS NULL
            ORDER BY 1
            """, conn);
        var missing = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) missing.Add(reader.GetString(0));
        Assert.Empty(missing);
    }
}
