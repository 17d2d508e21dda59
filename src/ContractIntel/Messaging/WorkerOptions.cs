using System.ComponentModel.DataAnnotations;

namespace ContractIntel.Messaging;

/// <summary>How hard one worker pulls on the queue. Defaults suit the CPU-bound pipeline on a small machine.</summary>
public sealed class WorkerOptions
{
    public const string SectionName = "ContractIntel:Worker";

    /// <summary>Documents processed at once; 0 means one per <c>Inference:IntraOpThreads</c> cores.</summary>
    [Range(0, 256)]
    public int ConcurrentMessageLimit { get; set; }

    /// <summary>In-memory retries of a transient failure before the message moves to the error queue.</summary>
    [Range(0, 20)]
    public int RetryLimit { get; set; } = 5;

    [Range(1, 60_000)]
    public int RetryMinIntervalMs { get; set; } = 200;

    [Range(1, 600_000)]
    public int RetryMaxIntervalMs { get; set; } = 10_000;
}
