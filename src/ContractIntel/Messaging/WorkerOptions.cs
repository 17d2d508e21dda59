using System.ComponentModel.DataAnnotations;

namespace ContractIntel.Messaging;

/// <summary>How hard one worker pulls on the queue. Defaults suit the CPU-bound pipeline on a small machine.</summary>
public sealed class WorkerOptions
{
    public const string SectionName = "ContractIntel:Worker";

    /// <summary>Documents processed at once; 0 means one per <c>Inference:IntraOpThreads</c> cores.</summary>
    [Range(0, 256)]
    public int ConcurrentMessageLimit { get; set; }

    /// <summary>
    /// Retries of a transient failure (database or broker away) before the message moves to the error queue.
    /// Exponential from <see cref="RetryMinIntervalMs"/> to <see cref="RetryMaxIntervalMs"/>: the defaults wait
    /// about 11 minutes in all, so an outage of that length sends nothing to the error queue, and the worker
    /// resumes within 10 s of the end of one. The message stays unacknowledged meanwhile, so a killed worker
    /// loses nothing (RabbitMQ's consumer timeout is 30 minutes).
    /// </summary>
    [Range(0, 200)]
    public int RetryLimit { get; set; } = 70;

    [Range(1, 60_000)]
    public int RetryMinIntervalMs { get; set; } = 200;

    [Range(1, 600_000)]
    public int RetryMaxIntervalMs { get; set; } = 10_000;
}
