using System.CommandLine;
using ContractIntel.Data;
using ContractIntel.Hosting;
using ContractIntel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContractIntel.Commands;

/// <summary>
/// <c>contractintel migrate [--script FILE]</c>: applies the migrations as the owner (the worker never migrates),
/// or writes the idempotent SQL script a DBA can review and run instead.
/// </summary>
public static class MigrateCommand
{
    public static readonly Option<FileInfo?> Script = new("--script")
    {
        Description = "Write the idempotent SQL script to FILE instead of migrating (no database needed)", HelpName = "FILE",
    };

    public static Command Create()
    {
        var command = new Command("migrate", "Apply the EF Core migrations as ContractIntel:Database:OwnerConnectionString (or write the script).") { Script };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var builder = CommonOptions.CreateBuilder(parse);
        builder.Services.AddDatabaseOptions();
        using var host = builder.BuildValidated();
        var connectionString = host.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.OwnerConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new CliException("ContractIntel:Database:OwnerConnectionString is not set (migrations run as the schema owner).");
        await using var db = ContractIntelDatabase.Open(connectionString);

        if (parse.GetValue(Script) is { } file)
        {
            var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
            await File.WriteAllTextAsync(file.FullName, script, ct);
            Console.WriteLine($"wrote the idempotent script for {db.Database.GetMigrations().Count()} migrations to {file}");
            return (int)ExitCode.Success;
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await db.Database.MigrateAsync(ct);
        Console.WriteLine(pending.Count == 0
            ? "database is up to date"
            : $"applied {pending.Count} migration(s): {string.Join(", ", pending)}");
        return (int)ExitCode.Success;
    }
}
