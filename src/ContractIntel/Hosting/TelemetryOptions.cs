namespace ContractIntel.Hosting;

public sealed class TelemetryOptions
{
    public const string SectionName = "ContractIntel:Telemetry";

    /// <summary>The OTLP collector; empty means no export (spans and metrics are still produced for in-process listeners).</summary>
    public string OtlpEndpoint { get; set; } = "";

    /// <summary><c>grpc</c> (port 4317) or <c>http/protobuf</c> (port 4318).</summary>
    public string OtlpProtocol { get; set; } = "grpc";

    public string ServiceName { get; set; } = "contractintel";
}
