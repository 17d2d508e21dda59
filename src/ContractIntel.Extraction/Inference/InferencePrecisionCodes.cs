namespace ContractIntel.Extraction.Inference;

/// <summary>
/// The codes of <see cref="InferencePrecision"/>: the configuration value, <c>run_models.precision</c>, the audit
/// hashes, JSON and the rebuilt-model cache key. Constants, so that option attributes can name them.
/// </summary>
public static class InferencePrecisionCodes
{
    public const string Fp32 = "fp32";
    public const string Int8 = "int8";

    public static string ToCode(this InferencePrecision precision) => precision switch
    {
        InferencePrecision.Fp32 => Fp32,
        InferencePrecision.Int8 => Int8,
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, null),
    };

    /// <summary>The precision a code names: exact, or as configured (any case, surrounding blanks).</summary>
    public static bool TryParse(string? code, out InferencePrecision precision)
    {
        (var known, precision) = code?.Trim().ToLowerInvariant() switch
        {
            Fp32 => (true, InferencePrecision.Fp32),
            Int8 => (true, InferencePrecision.Int8),
            _ => (false, default),
        };
        return known;
    }

    public static InferencePrecision Parse(string code)
        => TryParse(code, out var precision) ? precision : throw new FormatException($"Unknown precision '{code}' (int8 or fp32).");
}
