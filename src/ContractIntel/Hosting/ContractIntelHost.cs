using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace ContractIntel.Hosting;

/// <summary>
/// The one place configuration is built, for every command and for the tests: appsettings.json, then
/// appsettings.{Environment}.json, then environment variables (<c>ContractIntel__Section__Key</c>), then command-line
/// overrides (<c>--ContractIntel:Section:Key=value</c>, which <c>contractintel ... --set KEY=VALUE</c> produces).
/// </summary>
public static class ContractIntelHost
{
    /// <summary>A host builder whose content root is the executable's folder, so appsettings.json is found wherever the command is started from.</summary>
    /// <param name="args">Configuration overrides in the host's command-line form.</param>
    /// <param name="logsToStderr">For commands whose stdout is their result (a table, JSON): every log line goes to stderr.</param>
    public static HostApplicationBuilder CreateBuilder(string[]? args = null, bool logsToStderr = false)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (logsToStderr)
            builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        return builder;
    }

    /// <summary>
    /// Builds the host and validates every option registered with ValidateOnStart now: a one-shot command resolves
    /// its services without starting the host, and must not run on settings the worker would refuse.
    /// </summary>
    /// <exception cref="OptionsValidationException">A setting fails its validation.</exception>
    public static IHost BuildValidated(this HostApplicationBuilder builder)
    {
        var host = builder.Build();
        try
        {
            host.Services.GetService<IStartupValidator>()?.Validate();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
