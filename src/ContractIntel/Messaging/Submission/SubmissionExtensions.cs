using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ContractIntel.Messaging.Submission;

public static class SubmissionExtensions
{
    /// <summary>
    /// The submitter's side of the bus. With <paramref name="listen"/>, a temporary (auto-deleted) queue bound to
    /// the outcome events and to faults of <c>ProcessDocument</c>, up before the first message is sent.
    /// </summary>
    public static IHostApplicationBuilder AddSubmission(this IHostApplicationBuilder builder, bool listen)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SubmissionTracker>();
        builder.Services.AddSingleton<DocumentSubmitter>();
        builder.Services.AddSingleton<DocumentResubmitter>();
        builder.Services.AddSingleton<SubmissionWaiter>();
        builder.AddBus(x =>
        {
            if (listen)
                // Temporary endpoints are exclusive queues: each submit process needs its own name, or a second
                // concurrent `submit --wait` is refused with RESOURCE_LOCKED.
                x.AddConsumer<SubmissionEventsConsumer>().Endpoint(e =>
                {
                    e.Temporary = true;
                    e.InstanceId = $"-{Environment.ProcessId}-{Guid.NewGuid():N}";
                });
        });
        // Someone is waiting at a terminal: give up on an unreachable broker sooner than a worker would.
        builder.Services.Configure<MassTransitHostOptions>(o => o.StartTimeout = TimeSpan.FromSeconds(15));
        return builder;
    }
}
