using ContractIntel.Extraction.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ContractIntel.Hosting;

public static class TelemetryExtensions
{
    /// <summary>MassTransit's ActivitySource and Meter share this name (its DiagnosticHeaders.DefaultListenerName).</summary>
    public const string MassTransitSource = "MassTransit";

    /// <summary>
    /// Traces and metrics from ContractIntel (a span per pipeline stage), MassTransit and Npgsql. Export goes to
    /// OTLP only when <c>ContractIntel:Telemetry:OtlpEndpoint</c> is set; an on-premise install without a
    /// collector must not try to reach one.
    /// </summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(options.ServiceName, serviceVersion: typeof(TelemetryExtensions).Assembly.GetName().Version?.ToString()))
            .WithTracing(t => t
                .AddSource(ContractIntelTelemetry.Name)
                .AddSource(MassTransitSource)
                .AddNpgsql())
            .WithMetrics(m => m
                .AddMeter(ContractIntelTelemetry.Name)
                .AddMeter(MassTransitSource)
                .AddNpgsqlInstrumentation());
        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint))
        {
            var protocol = options.OtlpProtocol.Equals("http/protobuf", StringComparison.OrdinalIgnoreCase)
                ? OtlpExportProtocol.HttpProtobuf
                : OtlpExportProtocol.Grpc;
            otel.WithLogging(configureBuilder: null, configureOptions: o => o.IncludeScopes = true).UseOtlpExporter(protocol, new Uri(options.OtlpEndpoint));
        }
        return builder;
    }
}
