using Microsoft.AspNetCore.Http;

namespace ContractIntel.Viewer;

/// <summary>The frame of every page: one stylesheet, no script, links relative to the path the proxy publishes.</summary>
internal static class Layout
{
    public static IResult Page(HttpContext http, string title, Html body, int status = StatusCodes.Status200OK)
    {
        var role = http.RequestServices.GetService(typeof(ViewerIdentity)) is ViewerIdentity id ? id.Role : "?";
        var root = http.Request.PathBase.Value ?? "";
        var page = new Html();
        page.Add($"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <title>{title} · ContractIntel audit viewer</title><link rel="stylesheet" href="{root}/viewer.css"></head>
            <body><header><a class="home" href="{root}/">ContractIntel audit viewer</a>
            <span class="role" id="connected-role" title="The viewer cannot write: the role has no write right and every transaction is read-only.">read-only · database role {role}</span></header>
            <main><h1>{title}</h1>
            """);
        page.Add($"{new HtmlString(body.ToString())}</main></body></html>");
        return Results.Content(page.ToString(), "text/html; charset=utf-8", statusCode: status);
    }

    public static IResult NotFound(HttpContext http, string what)
        => Page(http, "Not found", new Html().Add($"<p>{what}</p>"), StatusCodes.Status404NotFound);

    /// <summary>A link inside the viewer, under the published path base.</summary>
    public static string Href(HttpContext http, string path) => (http.Request.PathBase.Value ?? "") + path;

    public static string Short(string? hash, int length = 12) => hash is null ? "" : hash.Length <= length ? hash : hash[..length];

    public static string When(DateTimeOffset? t) => t is { } v ? v.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture) : "";
}
