using Microsoft.Extensions.Logging;

namespace ContractIntel.Viewer;

/// <summary>What the viewer logs: where it listens and as whom, and failed requests by route. Never a document's text, a search term or a query string.</summary>
internal static partial class ViewerLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Viewer listening on {Urls} as database role {Role} (read-only)")]
    public static partial void Listening(ILogger logger, string urls, string role);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "Viewer request {Method} {Route} failed with {ExceptionType}")]
    public static partial void RequestFailed(ILogger logger, string method, string route, string exceptionType);
}
