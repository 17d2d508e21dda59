using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ContractIntel.Extraction.Pipeline;

/// <summary>The one ActivitySource and Meter of the service, both named <c>ContractIntel</c>.</summary>
public static class ContractIntelTelemetry
{
    public const string Name = "ContractIntel";

    public static readonly ActivitySource Source = new(Name);
    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> DocumentsProcessed = Meter.CreateCounter<long>("contractintel.documents.processed");
    public static readonly Counter<long> DocumentsFailed = Meter.CreateCounter<long>("contractintel.documents.failed");
    public static readonly Histogram<double> StageDuration = Meter.CreateHistogram<double>("contractintel.stage.duration", "ms");
}
