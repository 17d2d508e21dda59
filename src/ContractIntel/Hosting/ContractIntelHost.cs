using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace ContractIntel.Hosting;

public static class ContractIntelHost
{
    /// <summary>
    /// A host builder whose content root is the executable's folder, so appsettings.json is found wherever the
    /// command is started from. Environment variables (<c>ContractIntel__Section__Key</c>) override it.
    /// </summary>
    /// <param name="logsToStderr">For verbs whose stdout is their result (a table): every log line goes to stderr.</param>
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
}
