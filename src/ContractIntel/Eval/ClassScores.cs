using System.Text.Json.Serialization;

namespace ContractIntel.Eval;

internal sealed record ClassScores(
    [property: JsonPropertyName("precision")] double Precision,
    [property: JsonPropertyName("recall")] double Recall,
    [property: JsonPropertyName("f1")] double F1,
    [property: JsonPropertyName("support")] int Support);
