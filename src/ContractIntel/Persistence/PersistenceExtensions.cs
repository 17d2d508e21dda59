using ContractIntel.Data;
using ContractIntel.Data.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ContractIntel.Persistence;

public static class PersistenceExtensions
{
    /// <summary>
    /// The DbContext (as a factory and scoped) on the worker connection, and <see cref="RunRecorder"/>. Never
    /// migrates: <c>contractintel migrate</c> does, as the owner.
    /// </summary>
    public static IHostApplicationBuilder AddPersistence(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        var connectionString = builder.Configuration.GetSection(DatabaseOptions.SectionName)[nameof(DatabaseOptions.ConnectionString)]
            ?? throw new InvalidOperationException($"{DatabaseOptions.SectionName}:ConnectionString is not set.");
        builder.Services.AddDbContextFactory<ContractIntelDbContext>(
            o => ContractIntelDatabase.Configure(o, connectionString));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<RunRecorder>();
        builder.Services.AddSingleton<RejectionRecorder>();
        return builder;
    }
}
