using Microsoft.Extensions.Configuration;

namespace ContractIntel.Persistence;

/// <summary>Settings for the one-shot verbs: appsettings.json beside the executable, then environment variables.</summary>
internal static class VerbConfiguration
{
    public static IConfiguration Load() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();

    public static DatabaseOptions Database(IConfiguration configuration)
        => configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
}
