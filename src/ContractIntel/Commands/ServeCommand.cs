using System.CommandLine;
using ContractIntel.Viewer;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ContractIntel.Commands;

/// <summary>
/// <c>contractintel serve [--url URL] [--path-base /contractintel]</c>: the auditors' read-only viewer until stopped.
/// Exit 2 on a usage or settings error (including a login that could write), 1 when the database cannot be reached
/// or the address cannot be bound.
/// </summary>
public static class ServeCommand
{
    public static readonly Option<string?> Url = CreateUrl();

    public static readonly Option<string?> PathBase = new("--path-base")
    {
        Description = "Serve under this path behind a reverse proxy (e.g. /contractintel)", HelpName = "PATH",
    };

    public static Command Create()
    {
        var command = new Command("serve", "The auditors' read-only web viewer (default http://127.0.0.1:5080), until stopped.") { Url, PathBase };
        command.SetAction(RunAsync);
        return command;
    }

    private static Option<string?> CreateUrl()
    {
        return new Option<string?>("--url") { Description = "Listen address (http only: TLS belongs to the reverse proxy)", HelpName = "URL" }
            .Check(u => u is null || (Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp),
                "--url needs an http URL such as http://127.0.0.1:5080 (TLS belongs to the reverse proxy).");
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(Url) is { } url) overrides[$"{ViewerOptions.SectionName}:Url"] = url;
        if (parse.GetValue(PathBase) is { } pathBase) overrides[$"{ViewerOptions.SectionName}:PathBase"] = pathBase;
        // The viewer is a WebApplication (Kestrel): its builder reads the same sources as ContractIntelHost's
        // (appsettings, environment, then the --set overrides and the options above).
        var args = (parse.GetValue(CommonOptions.Set) ?? []).Select(s => "--" + s).ToArray();
        WebApplication app;
        try
        {
            // The failure to bind is printed in one line; the host would log it again with a stack trace.
            app = await ViewerApp.BuildAsync(args, overrides, ct, b => b.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None));
        }
        catch (InvalidOperationException e) when (ExpectedFailure.Of(e) is null)
        {
            throw new CliException(e.Message);
        }
        await using (app)
        {
            IReadOnlyList<string> urls;
            try
            {
                urls = await ViewerApp.StartAsync(app, ct);
            }
            catch (IOException e)
            {
                // Kestrel could not bind: the port is taken or the address is not this machine's.
                throw new CliException($"cannot listen: {e.Message}", ExitCode.Failure);
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
        return (int)ExitCode.Success;
    }
}
