using System.Text.RegularExpressions;
using MassTransit;

namespace ContractIntel.Jail;

/// <summary>
/// The claim-check repository: writes go to MassTransit's file-system repository; reads check the address
/// first. MassTransit's own <c>Get</c> joins the parts of <c>urn:file:a:b:c</c> unchecked, so
/// <c>urn:file:..:..:etc:passwd</c> would read any file the worker can. Here every part must be a plain name of the
/// kind the repository writes (a date part, <c>none</c>, a base-32 id), and the file is read through
/// <see cref="BoundedFile"/> (links resolved inside the folder, regular files only, size-capped).
/// </summary>
public sealed partial class JailedMessageDataRepository(IMessageDataRepository inner, string root, long maxBytes) : IMessageDataRepository
{
    public Task<Stream> Get(Uri address, CancellationToken cancellationToken = default)
    {
        var relative = RelativePath(address)
            ?? throw new InputRefusedException(FileRead.OutsideInbox, "The claim-check address is not a plain urn:file address inside the repository.");
        var read = BoundedFile.Read(Path.Combine(root, relative), root, maxBytes);
        if (read.Bytes is null)
            throw new InputRefusedException(read.ReasonCode!, "Claim check: " + read.ReasonMessage);
        return Task.FromResult<Stream>(new MemoryStream(read.Bytes, writable: false));
    }

    public Task<Uri> Put(Stream stream, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default) =>
        inner.Put(stream, timeToLive, cancellationToken);

    /// <summary>The repository-relative path an address names, or null when it is not one the repository could have written.</summary>
    public static string? RelativePath(Uri address)
    {
        if (!address.IsAbsoluteUri || address.Scheme != "urn")
            return null;
        var parts = address.OriginalString["urn:".Length..].Split(':');
        if (parts.Length < 2 || parts[0] != "file" || !parts[1..].All(p => SafePart().IsMatch(p)))
            return null;
        return string.Join('/', parts[1..]);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex SafePart();
}
