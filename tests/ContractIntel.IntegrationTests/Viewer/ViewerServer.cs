using System.Collections.Concurrent;
using ContractIntel.Persistence;
using ContractIntel.Viewer;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace ContractIntel.IntegrationTests.Viewer;

/// <summary>
/// The viewer exactly as <c>contractintel serve</c> builds it (appsettings.json, the auditor connection), on a free
/// loopback port, with every log line it writes collected so a test can look for document text in them.
/// </summary>
internal sealed class ViewerServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ViewerServer(WebApplication app, Uri baseAddress, ConcurrentQueue<string> logs)
    {
        _app = app;
        BaseAddress = baseAddress;
        Logs = logs;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }
    public HttpClient Client { get; }
    public ConcurrentQueue<string> Logs { get; }

    public static async Task<ViewerServer> StartAsync(string auditorConnectionString)
    {
        var logs = new ConcurrentQueue<string>();
        var app = await ViewerApp.BuildAsync([], new Dictionary<string, string?>
        {
            [$"{DatabaseOptions.SectionName}:AuditorConnectionString"] = auditorConnectionString,
            [$"{ViewerOptions.SectionName}:Url"] = "http://127.0.0.1:0",
        }, CancellationToken.None, b => b.Logging.AddProvider(new CollectingLoggerProvider(logs)));
        var urls = await ViewerApp.StartAsync(app, CancellationToken.None);
        return new ViewerServer(app, new Uri(urls[0]), logs);
    }

    public async Task<string> GetPageAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode}\n{body}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        return body;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class CollectingLoggerProvider(ConcurrentQueue<string> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Collector(categoryName, logs);
        public void Dispose() { }

        private sealed class Collector(string category, ConcurrentQueue<string> logs) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                => logs.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
