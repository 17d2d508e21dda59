using System.Diagnostics.Metrics;
using ContractIntel.Extraction.Pipeline;

namespace ContractIntel.Messaging;

/// <summary>The worker's instruments, on the service's one Meter.</summary>
public static class MessagingMetrics
{
    /// <summary>
    /// From the sender's clock at send to the worker's clock after the commit: queueing plus processing. Across
    /// machines it includes their clock skew.
    /// </summary>
    public static readonly Histogram<double> SentToCommitted =
        ContractIntelTelemetry.Meter.CreateHistogram<double>("contractintel.messaging.sent_to_committed", "ms");

    public static readonly Counter<long> Redelivered =
        ContractIntelTelemetry.Meter.CreateCounter<long>("contractintel.messaging.redelivered");
}
