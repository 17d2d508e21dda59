using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ContractIntel.Data;

/// <summary>One way to configure the provider, shared by the worker, the migrator, the CLI verbs, design time and tests.</summary>
public static class ContractIntelDatabase
{
    public const string HistoryTable = "__ef_migrations_history";

    public static void Configure(DbContextOptionsBuilder options, string connectionString)
        => options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(HistoryTable, ContractIntelDbContext.Schema));

    public static DbContextOptions<ContractIntelDbContext> Options(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<ContractIntelDbContext>();
        Configure(builder, connectionString);
        return builder.Options;
    }

    public static ContractIntelDbContext Open(string connectionString) => new(Options(connectionString));

    /// <summary>
    /// The model with every annotation (column names and types), which is the same for any connection: built once,
    /// without connecting, for what derives from it (the audit's canonical rows).
    /// </summary>
    public static IModel DesignModel => LazyDesignModel.Value;

    private static readonly Lazy<IModel> LazyDesignModel = new(() =>
    {
        using var db = new ContractIntelDbContext(new DbContextOptionsBuilder<ContractIntelDbContext>().UseNpgsql().Options);
        return db.GetService<IDesignTimeModel>().Model;
    });
}
