using ContractIntel.Contracts;
using ContractIntel.Extraction.Inference;
using ContractIntel.Extraction.Pipeline;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ContractIntel.Data;

/// <summary>
/// The one mapping of each named code to its database string: the code's <c>ToCode()</c>, so the columns (and the
/// audit hashes, which read the columns through these) hold exactly the strings the wire and JSON carry.
/// </summary>
internal static class CodeConversions
{
    public static readonly ValueConverter<RunStatus, string> RunStatus = new(s => s.ToCode(), c => RunStatusCodes.Parse(c));

    public static readonly ValueConverter<DocumentKind, string> DocumentKind = new(k => k.ToCode(), c => DocumentKinds.Parse(c));

    public static readonly ValueConverter<InferencePrecision, string> Precision = new(p => p.ToCode(), c => InferencePrecisionCodes.Parse(c));

    /// <summary>A check constraint's list of every code of an enum, e.g. <c>'succeeded', 'failed'</c>.</summary>
    public static string SqlList<T>(Func<T, string> toCode) where T : struct, Enum
        => string.Join(", ", Enum.GetValues<T>().Select(v => $"'{toCode(v)}'"));
}
