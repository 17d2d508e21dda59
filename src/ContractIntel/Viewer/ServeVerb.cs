using ContractIntel.Verbs;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ContractIntel.Viewer;

/// <summary>
/// <c>contractintel serve [--url http://127.0.0.1:5080] [--path-base /contractintel]</c>: the auditors' read-only
/// viewer until stopped. Exit 2 on a usage or settings error (including a login that could write), 1 when the
/// database cannot be reached.
/// </summary>
internal static class ServeVerb
{
    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var a = CliArgs.Parse(args, flags: [], options: ["url", "path-base"]);
        if (a.Positionals.Count > 0) throw new CliException("serve takes no positional arguments (settings: --url, --path-base, or ContractIntel__Viewer__*).");
        var overrides = new Dictionary<string, string?>();
        if (a.Get("url") is { } url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var u) || u.Scheme != "http")
                throw new CliException($"--url needs an http URL such as http://127.0.0.1:5080, not '{url}' (TLS belongs to the reverse proxy).");
            overrides[$"{ViewerOptions.SectionName}:Url"] = url;
        }
        if (a.Get("path-base") is { } pathBase) overrides[$"{ViewerOptions.SectionName}:PathBase"] = pathBase;
        WebApplication app;
        try
        {
            // The failure to bind is printed below in one line; the host would log it again with a stack trace.
            app = await ViewerApp.BuildAsync([], overrides, ct, b => b.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None));
        }
        catch (InvalidOperationException e)
        {
            throw new CliException(e.Message);
        }
        catch (NpgsqlException e)
        {
            await Console.Error.WriteLineAsync($"serve: cannot reach the database: {e.Message}");
            return 1;
        }
        await using (app)
        {
            IReadOnlyList<string> urls;
            try
            {
                urls = await ViewerApp.StartAsync(app, ct);
            }
            catch (OptionsValidationException e)
            {
                throw new CliException("serve: invalid settings: " + e.Message);
            }
            catch (IOException e)
            {
                // Kestrel could not bind: the port is taken or the address is not this machine's.
                await Console.Error.WriteLineAsync($"serve: cannot listen: {e.Message}");
                return 1;
            }
            await Console.Error.WriteLineAsync($"serve: open {string.Join(", ", urls)} (Ctrl+C stops)");
            try
            {
                await app.WaitForShutdownAsync(ct);
            }
            finally
            {
                await app.StopAsync(CancellationToken.None);
            }
        }
        return 0;
    }
}
