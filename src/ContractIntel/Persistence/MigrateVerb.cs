using ContractIntel.Data;
using ContractIntel.Verbs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ContractIntel.Persistence;

/// <summary>
/// <c>contractintel migrate [--script FILE]</c>: applies the migrations as the owner (the worker never migrates),
/// or writes the idempotent SQL script a DBA can review and run instead.
/// </summary>
internal static class MigrateVerb
{
    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var parsed = CliArgs.Parse(args, flags: [], options: ["script"]);
        var options = VerbConfiguration.Database(VerbConfiguration.Load());
        var connectionString = options.OwnerConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new CliException("ContractIntel:Database:OwnerConnectionString is not set (migrations run as the schema owner).");
        await using var db = ContractIntelDatabase.Open(connectionString);

        if (parsed.Get("script") is { } file)
        {
            var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
            await File.WriteAllTextAsync(file, script, ct);
            Console.WriteLine($"wrote the idempotent script for {db.Database.GetMigrations().Count()} migrations to {file}");
            return 0;
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await db.Database.MigrateAsync(ct);
        Console.WriteLine(pending.Count == 0
            ? "database is up to date"
            : $"applied {pending.Count} migration(s): {string.Join(", ", pending)}");
        return 0;
    }
}
