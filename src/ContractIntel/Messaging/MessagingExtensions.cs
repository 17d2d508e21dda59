using ContractIntel.Extraction.Documents;
using ContractIntel.Hosting;
using ContractIntel.Jail;
using MassTransit;
using MassTransit.MessageData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ContractIntel.Messaging;

public static class MessagingExtensions
{
    /// <summary>The worker's side: MassTransit over RabbitMQ with the <c>process-document</c> consumer.</summary>
    public static IHostApplicationBuilder AddMessaging(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WorkerOptions>().BindConfiguration(WorkerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<RunProvenance>();
        builder.Services.AddScoped<DocumentLoader>();
        builder.Services.AddSingleton<CommittedFiles>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder.AddBus(x => x.AddConsumer<ProcessDocumentConsumer, ProcessDocumentConsumerDefinition>());
    }

    /// <summary>
    /// The bus every process shares: broker, claim-check repository, options validated on start. The hosted
    /// bus waits until its endpoints are up, so a host that has started can be sent to and published through.
    /// </summary>
    public static IHostApplicationBuilder AddBus(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator> register)
    {
        var services = builder.Services;
        services.AddRabbitMqOptions();
        services.AddExtractionLimits();
        services.AddOptions<InboxOptions>().BindConfiguration(InboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IMessageDataRepository>(sp =>
        {
            var folder = Directory.CreateDirectory(sp.GetRequiredService<IOptions<InboxOptions>>().Value.ClaimCheckRoot);
            return new JailedMessageDataRepository(new FileSystemMessageDataRepository(folder), folder.FullName, sp.GetRequiredService<ExtractionLimits>().MaxBytes);
        });
        // Claim-checked bytes always go to the repository: below its threshold MassTransit would also copy them
        // into the message body (base64), and the broker must never hold document bytes.
        MessageDataDefaults.Threshold = 0;
        services.AddMassTransit(x =>
        {
            // On-premise: MassTransit's usage report to its vendor is an outbound call the product must not make.
            x.DisableUsageTelemetry();
            register(x);
            x.UsingRabbitMq((context, cfg) =>
            {
                var rabbit = context.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
                cfg.Host(rabbit.Host, (ushort)rabbit.Port, rabbit.VirtualHost, h =>
                {
                    h.Username(rabbit.Username);
                    h.Password(rabbit.Password);
                    // A dead broker is noticed within seconds, and a reconnect attempt gives up quickly and tries again.
                    h.Heartbeat(TimeSpan.FromSeconds(5));
                    h.RequestedConnectionTimeout(TimeSpan.FromSeconds(5));
                });
                cfg.UseMessageData(context.GetRequiredService<IMessageDataRepository>());
                cfg.ConfigureEndpoints(context);
            });
        });
        services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromSeconds(60);
            o.StopTimeout = TimeSpan.FromSeconds(30);
        });
        return builder;
    }

    /// <summary>Bound and validated once however many AddX need them, so a bad setting is reported once.</summary>
    public static IServiceCollection AddRabbitMqOptions(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(IValidateOptions<RabbitMqOptions>)))
            services.AddOptions<RabbitMqOptions>().BindConfiguration(RabbitMqOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    /// <summary>Where commands for the worker go: <c>queue:process-document</c> unless configured otherwise.</summary>
    public static Uri ProcessDocumentAddress(this RabbitMqOptions options) => new($"queue:{options.Queue}");
}
