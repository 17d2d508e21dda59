using System.Net;
using System.Reflection;
using ContractIntel.Data;
using ContractIntel.Persistence;
using ContractIntel.Viewer.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContractIntel.Viewer;

/// <summary>
/// The auditors' viewer: server-rendered pages over the auditor connection, GET only, no script. Built here for
/// <c>contractintel serve</c> and for the tests, which start the same application on a free loopback port.
/// </summary>
public static class ViewerApp
{
    /// <summary>Builds the app after checking that the auditor login can read and cannot write.</summary>
    /// <exception cref="InvalidOperationException">No auditor connection, or a login that could write.</exception>
    /// <param name="configure">For tests: e.g. a logger provider that collects what the viewer logs.</param>
    public static async Task<WebApplication> BuildAsync(string[] args, IEnumerable<KeyValuePair<string, string?>>? overrides, CancellationToken ct,
        Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        builder.Services.AddOptions<ViewerOptions>().BindConfiguration(ViewerOptions.SectionName)
            .Validate(o => o.MaxSearchResults > 0, "ContractIntel:Viewer:MaxSearchResults must be positive.").ValidateOnStart();
        var options = builder.Configuration.GetSection(ViewerOptions.SectionName).Get<ViewerOptions>() ?? new ViewerOptions();
        // Checked here, before they are used to build the pipeline, so a mistake is one line and not a stack trace.
        if (options.PathBase.Length > 0 && (!options.PathBase.StartsWith('/') || options.PathBase.EndsWith('/')))
            throw new InvalidOperationException($"{ViewerOptions.SectionName}:PathBase must start with / and not end with one (/contractintel), not '{options.PathBase}'.");
        if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttp)
            throw new InvalidOperationException($"{ViewerOptions.SectionName}:Url must be an http URL such as http://127.0.0.1:5080, not '{options.Url}'.");
        // The worker's and owner's connection strings are never read here: the auditor's or nothing.
        var auditor = builder.Configuration[$"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.AuditorConnectionString)}"];
        if (string.IsNullOrWhiteSpace(auditor))
            throw new InvalidOperationException($"serve reads through the auditor role only: set {DatabaseOptions.SectionName}:AuditorConnectionString (ContractIntel__Database__AuditorConnectionString).");
        var connectionString = AuditorConnection.Prepare(auditor);
        var role = await AuditorConnection.CheckReadOnlyAsync(connectionString, ct);

        builder.WebHost.UseUrls(options.Url);
        builder.Services.AddSingleton(new ViewerIdentity(role));
        builder.Services.AddSingleton(TimeProvider.System);
        // Also registers the context scoped: each page takes the request's own, disposed with the request.
        builder.Services.AddDbContextFactory<ContractIntelDbContext>(o => ContractIntelDatabase.Configure(o, connectionString));
        builder.Services.AddRouting();
        var proxies = options.TrustedProxies.Select(p => IPAddress.TryParse(p, out var ip) ? ip
            : throw new InvalidOperationException($"{ViewerOptions.SectionName}:TrustedProxies: '{p}' is not an IP address.")).ToList();
        if (proxies.Count > 0)
        {
            builder.Services.Configure<ForwardedHeadersOptions>(f =>
            {
                f.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                f.KnownProxies.Clear();
                foreach (var p in proxies) f.KnownProxies.Add(p);
            });
        }

        configure?.Invoke(builder);
        var app = builder.Build();
        if (options.TrustedProxies.Count > 0) app.UseForwardedHeaders();
        if (options.PathBase.Length > 0) app.UsePathBase(options.PathBase);
        app.UseSecurityHeaders();
        app.UseRouting();
        app.Use(FailuresWithoutDetails);
        Map(app);
        return app;
    }

    private static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", DocumentsPage.RenderAsync);
        app.MapGet("/documents/{id:guid}", DocumentPage.RenderAsync);
        app.MapGet("/documents/{id:guid}/compare", ComparePage.RenderAsync);
        app.MapGet("/runs/{id:guid}", RunPage.RenderAsync);
        app.MapGet("/runs/{id:guid}/audit", AuditPage.RenderAsync);
        app.MapGet("/runs/{id:guid}/pack", PackExport.ExportAsync);
        app.MapGet("/runs/{id:guid}/findings/{ordinal:int}", (HttpContext http, Guid id, int ordinal, ContractIntelDbContext db, CancellationToken ct)
            => EvidencePage.RenderAsync(http, id, "findings", ordinal, db, ct));
        app.MapGet("/runs/{id:guid}/fields/{ordinal:int}", (HttpContext http, Guid id, int ordinal, ContractIntelDbContext db, CancellationToken ct)
            => EvidencePage.RenderAsync(http, id, "fields", ordinal, db, ct));
        var css = ReadStylesheet();
        app.MapGet("/viewer.css", () => Results.Text(css, "text/css; charset=utf-8"));
    }

    /// <summary>A failed request logs its route pattern and exception type only (no query string, no message that might quote a row) and shows a plain page.</summary>
    private static async Task FailuresWithoutDetails(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("ContractIntel.Viewer");
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
            ViewerLog.RequestFailed(logger, context.Request.Method, route, e.GetType().Name);
            context.Response.Clear();
            await Layout.Page(context, "Something went wrong", new Html().Add($"<p>The page could not be built; the viewer's log names the route and the error.</p>"),
                StatusCodes.Status500InternalServerError).ExecuteAsync(context);
        }
    }

    private static string ReadStylesheet()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ContractIntel.Viewer.viewer.css")
            ?? throw new InvalidOperationException("viewer.css is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Starts the app and logs where it listens; the tests use the returned addresses.</summary>
    public static async Task<IReadOnlyList<string>> StartAsync(WebApplication app, CancellationToken ct)
    {
        await app.StartAsync(ct);
        var urls = app.Urls.ToList();
        // Once at start: the arguments are built as locals (CA1873 would have them guarded by IsEnabled instead).
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ContractIntel.Viewer");
        var listening = string.Join(", ", urls);
        var role = app.Services.GetRequiredService<ViewerIdentity>().Role;
        ViewerLog.Listening(logger, listening, role);
        return urls;
    }
}
