namespace ContractIntel.Viewer;

/// <summary>Settings of <c>contractintel serve</c> (section <c>ContractIntel:Viewer</c>).</summary>
public sealed class ViewerOptions
{
    public const string SectionName = "ContractIntel:Viewer";

    /// <summary>Where Kestrel listens. Loopback by default: the organisation's reverse proxy (with its single sign-on) is the way in.</summary>
    public string Url { get; set; } = "http://127.0.0.1:5080";

    /// <summary>The path the reverse proxy publishes the viewer under (<c>/contractintel</c>); empty for the root.</summary>
    public string PathBase { get; set; } = "";

    /// <summary>
    /// Addresses of reverse proxies whose X-Forwarded-For/-Proto headers are believed (the proxy's own address, e.g.
    /// 127.0.0.1); empty believes none. Only the client address and scheme are taken: the viewer has no log-in of its own.
    /// </summary>
    public IList<string> TrustedProxies { get; set; } = [];

    /// <summary>Rows a documents search shows at most.</summary>
    public int MaxSearchResults { get; set; } = 200;
}
