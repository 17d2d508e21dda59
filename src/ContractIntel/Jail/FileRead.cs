namespace ContractIntel.Jail;

/// <summary>The bytes of one input file, or why none were read (a reason code and a message naming no content).</summary>
public sealed record FileRead(byte[]? Bytes, string? ReasonCode, string? ReasonMessage)
{
    /// <summary>The file does not exist (or a folder on the way does not).</summary>
    public const string NotFound = "not_found";

    /// <summary>The path, once every link is followed, leaves the folder it must stay in.</summary>
    public const string OutsideInbox = "outside_inbox";

    /// <summary>A FIFO, device, socket or folder: only regular files are read.</summary>
    public const string NotRegularFile = "not_regular_file";

    /// <summary>More bytes than the size limit (only the limit plus one byte were read to find out).</summary>
    public const string TooLarge = "too_large";

    public static FileRead Refused(string code, string message) => new(null, code, message);
}
