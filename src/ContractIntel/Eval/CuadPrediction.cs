using System.Text.Json.Serialization;

namespace ContractIntel.Eval;

/// <summary>One row of <c>eval clauses --predictions</c>: a candidate answer for (contract file, category).</summary>
internal sealed record CuadPrediction(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("page")] int Page,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("score")] double Score);
