using MassTransit;
using ContractIntel.Extraction.Inference;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContractIntel.Messaging;

/// <summary>Endpoint policy for <see cref="ProcessDocumentConsumer"/>: queue name, concurrency, prefetch and retry.</summary>
public sealed class ProcessDocumentConsumerDefinition : ConsumerDefinition<ProcessDocumentConsumer>
{
    private readonly WorkerOptions _worker;
    private readonly ILogger<ProcessDocumentConsumerDefinition> _logger;
    private readonly string _queue;

    public ProcessDocumentConsumerDefinition(IOptions<RabbitMqOptions> rabbit, IOptions<WorkerOptions> worker, IOptions<InferenceOptions> inference,
        ILogger<ProcessDocumentConsumerDefinition> logger)
    {
        _worker = worker.Value;
        _logger = logger;
        _queue = rabbit.Value.Queue;
        EndpointName = _queue;
        ConcurrentMessageLimit = ConcurrencyFor(_worker, inference.Value.IntraOpThreads, Environment.ProcessorCount);
    }

    /// <summary>The pipeline is CPU-bound: intra-op threads times documents in flight should not exceed the cores.</summary>
    public static int ConcurrencyFor(WorkerOptions worker, int intraOpThreads, int processors) =>
        worker.ConcurrentMessageLimit > 0 ? worker.ConcurrentMessageLimit : Math.Max(1, processors / Math.Max(1, intraOpThreads));

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ProcessDocumentConsumer> consumerConfigurator, IRegistrationContext context)
    {
        // One message in hand beyond those being processed: documents take seconds, and a long prefetch would
        // starve the other workers on the queue while this one is busy.
        var prefetch = (ConcurrentMessageLimit ?? 1) + 1;
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
            rabbit.PrefetchCount = prefetch;
        ConsumerLog.Endpoint(_logger, _queue, ConcurrentMessageLimit ?? 1, prefetch, _worker.RetryLimit);
        // Only what an outage explains is retried (TransientFaults: database, broker, I/O, time-outs), with back-off
        // long enough to outlast one (the broker's delayed-exchange plugin, which UseDelayedRedelivery needs, is
        // not in the Debian RabbitMQ, and an in-memory scheduler would lose the message with the worker). A bug or
        // a malformed message (one with no message id) fails the same way every time: rerunning the CPU-heavy
        // pipeline would only delay it, so it faults at once into the error queue, which `replay` drains after a fix.
        endpointConfigurator.UseMessageRetry(r =>
        {
            r.Exponential(_worker.RetryLimit,
                TimeSpan.FromMilliseconds(_worker.RetryMinIntervalMs),
                TimeSpan.FromMilliseconds(_worker.RetryMaxIntervalMs),
                TimeSpan.FromMilliseconds(_worker.RetryMinIntervalMs));
            r.Handle<Exception>(TransientFaults.Is);
        });
    }
}
