using System.Text.Json;
using System.Text.Json.Nodes;
using ContractIntel.Extraction.Inference;

namespace ContractIntel.Eval;

internal static class EvalJson
{
    public static JsonObject Model(ModelIdentity identity) => new()
    {
        ["name"] = identity.Name,
        ["version"] = identity.Version,
        ["sha256"] = identity.Sha256,
        ["precision"] = identity.Precision.ToCode(),
        ["device"] = identity.Device,
    };

    /// <summary>--json prints one compact line (for machines); without it the same object, indented.</summary>
    public static JsonSerializerOptions Indented(bool compact) => compact ? Compact : Pretty;

    // Cached: JsonSerializerOptions builds its type metadata once per instance (CA1869).
    private static readonly JsonSerializerOptions Compact = new();
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true };
}
