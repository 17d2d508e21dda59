namespace ContractIntel.Contracts;

/// <summary>The wire codes of <see cref="DocumentKind"/>, the one place they are spelled.</summary>
public static class DocumentKinds
{
    public const string Contract = "contract";
    public const string Filing = "filing";
    public const string Auto = "auto";

    public static bool IsValid(string kind) => TryParse(kind, out _);

    public static string ToCode(this DocumentKind kind) => kind switch
    {
        DocumentKind.Auto => Auto,
        DocumentKind.Contract => Contract,
        DocumentKind.Filing => Filing,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kind a code names; codes are exact (lower case), as they travel and are stored.</summary>
    public static bool TryParse(string? code, out DocumentKind kind)
    {
        (var known, kind) = code switch
        {
            Auto => (true, DocumentKind.Auto),
            Contract => (true, DocumentKind.Contract),
            Filing => (true, DocumentKind.Filing),
            _ => (false, default),
        };
        return known;
    }

    public static DocumentKind Parse(string code)
        => TryParse(code, out var kind) ? kind : throw new FormatException($"Unknown document kind '{code}' (contract, filing or auto).");
}
