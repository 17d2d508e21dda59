using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ContractIntel.Viewer;

/// <summary>
/// Headers on every response. The policy allows the viewer's one stylesheet and nothing else: no script at all
/// (the pages need none), no inline style, no frames, forms only back to the viewer. A document that smuggled
/// markup past the encoding still could not run anything.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var h = context.Response.Headers;
        h.ContentSecurityPolicy = ContentSecurityPolicy;
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "no-referrer";
        h["Cross-Origin-Opener-Policy"] = "same-origin";
        // Audit status is computed on each request; a cached "verified" would be a lie after a change.
        h.CacheControl = "no-store";
        return next(context);
    });
}
