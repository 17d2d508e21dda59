using ContractIntel.Data;
using ContractIntel.Data.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ContractIntel.Persistence;

public static class PersistenceExtensions
{
    /// <summary>
    /// The DbContext (as a factory and scoped) on the worker connection, and <see cref="RunRecorder"/>. Never
    /// migrates: <c>contractintel migrate</c> does, as the owner.
    /// </summary>
    public static IHostApplicationBuilder AddPersistence(this IHostApplicationBuilder builder)
    {
        builder.Services.AddDatabaseOptions();
        var connectionString = builder.Configuration.GetSection(DatabaseOptions.SectionName)[nameof(DatabaseOptions.ConnectionString)]
            ?? throw new InvalidOperationException($"{DatabaseOptions.SectionName}:ConnectionString is not set.");
        builder.Services.AddDbContextFactory<ContractIntelDbContext>(
            o => ContractIntelDatabase.Configure(o, connectionString));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<RunRecorder>();
        builder.Services.AddSingleton<RejectionRecorder>();
        return builder;
    }

    /// <summary>The three connection strings, bound and validated once however many AddX need them.</summary>
    public static IServiceCollection AddDatabaseOptions(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(IValidateOptions<DatabaseOptions>)))
            services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
