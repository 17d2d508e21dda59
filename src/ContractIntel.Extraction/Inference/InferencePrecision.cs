using System.Text.Json.Serialization;

namespace ContractIntel.Extraction.Inference;

/// <summary>The numeric precision an encoder runs at; configured, recorded and printed as its code (<see cref="InferencePrecisionCodes"/>).</summary>
[JsonConverter(typeof(InferencePrecisionJsonConverter))]
public enum InferencePrecision
{
    Fp32,
    /// <summary>Dynamic quantisation of the weight MatMuls (a CPU optimisation).</summary>
    Int8,
}
