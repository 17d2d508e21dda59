using System.Text.Json.Serialization;

namespace ContractIntel.Extraction.Pipeline;

/// <summary>How a pipeline run ended; stored, sent and printed as its code (<see cref="RunStatusCodes"/>).</summary>
[JsonConverter(typeof(RunStatusJsonConverter))]
public enum RunStatus
{
    Succeeded,
    /// <summary>A permanent failure of the document itself, recorded with its reason.</summary>
    Failed,
}
