using ContractIntel.Data;
using Npgsql;

namespace ContractIntel.Viewer;

/// <summary>
/// The viewer's only way into PostgreSQL: the auditor connection, made read-only twice over. The role must have no
/// right to write anything in the schema (checked at start; a worker, owner or superuser login is refused), and
/// every transaction on the connection is read-only on the server side as well.
/// </summary>
internal static class AuditorConnection
{
    public const string ApplicationName = "contractintel-viewer";

    public static string Prepare(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = ApplicationName };
        const string readOnly = "-c default_transaction_read_only=on";
        b.Options = string.IsNullOrWhiteSpace(b.Options) ? readOnly : $"{b.Options} {readOnly}";
        return b.ConnectionString;
    }

    /// <summary>The connected role's name, once it is shown to have no write right in the schema.</summary>
    public static async Task<string> CheckReadOnlyAsync(string connectionString, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand($"""
            SELECT current_user::text,
                   (SELECT rolsuper FROM pg_roles WHERE rolname = current_user),
                   has_schema_privilege('{ContractIntelDbContext.Schema}', 'CREATE'),
                   coalesce((SELECT string_agg(c.relname, ', ' ORDER BY c.relname)
                     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = '{ContractIntelDbContext.Schema}' AND c.relkind IN ('r', 'p')
                       AND has_table_privilege(c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE')), '')
            """, conn);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var (role, super, create, writable) = (reader.GetString(0), reader.GetBoolean(1), reader.GetBoolean(2), reader.GetString(3));
        if (super || create || writable.Length > 0)
        {
            var why = super ? "it is a superuser" : create ? "it may create objects in the schema" : $"it may write to {writable}";
            throw new InvalidOperationException(
                $"serve reads through a read-only role (contractintel_auditor) only; the configured login '{role}' is refused: {why}.");
        }
        return role;
    }
}
