using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Documents.Ocr;
using ContractIntel.Extraction.Fields;
using ContractIntel.Extraction.Inference;
using ContractIntel.Extraction.Pipeline;
using ContractIntel.Extraction.Segmentation;
using ContractIntel.Reading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ContractIntel.Hosting;

public static class ExtractionExtensions
{
    /// <summary>Options, readers, segmenter, model sessions (created at start so a bad model fails fast) and the pipeline.</summary>
    public static IHostApplicationBuilder AddExtraction(this IHostApplicationBuilder builder)
    {
        builder.Services.AddExtractionLimits();
        builder.Services.AddSingleton(TimeProvider.System);
        // OcrOptions carries no attributes: its rules are the Validate call (one message).
        builder.Services.AddOptions<OcrOptions>().BindConfiguration(OcrOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => o.Dpi is >= 50 and <= 1200 && o.PageTimeoutSeconds > 0 && o.RenderTimeoutSeconds > 0 && o.MemoryLimitMb >= 64,
                "Ocr: Dpi 50-1200, positive timeouts, MemoryLimitMb at least 64.").ValidateOnStart();
        builder.Services.AddSingleton(sp => new DocumentReader(
            sp.GetRequiredService<ExtractionLimits>(), sp.GetRequiredService<IOptions<OcrOptions>>().Value));
        builder.Services.AddSingleton<ReaderCommand>();
        // Untrusted bytes are parsed in a child process with time and memory caps (see IsolatedDocumentReader);
        // scanned pages are OCR'd inside that child, each Tesseract run capped again on its own.
        builder.Services.AddSingleton<IDocumentReader>(sp => sp.GetRequiredService<ExtractionLimits>().IsolateReading
            ? new IsolatedDocumentReader(sp.GetRequiredService<ExtractionLimits>(), sp.GetRequiredService<ReaderCommand>(),
                sp.GetRequiredService<IOptions<OcrOptions>>().Value)
            : sp.GetRequiredService<DocumentReader>());
        builder.Services.AddSingleton<Segmenter>();
        builder.Services.AddSingleton<ContractFieldExtractor>();
        // Its attributes ([AllowedValues] on Device and Precision, [Range] on threads and batch size) are the rules.
        builder.Services.AddOptions<InferenceOptions>().BindConfiguration(InferenceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<InferenceOptions>>().Value);
        // A configured model that is missing, corrupt or cannot start on its device throws here, when the pipeline
        // is first resolved at start-up, not on the first document.
        builder.Services.AddSingleton(sp => new ModelStages(sp.GetRequiredService<InferenceOptions>()));
        builder.Services.AddSingleton(sp => new DocumentPipeline(
            sp.GetRequiredService<IDocumentReader>(),
            sp.GetRequiredService<Segmenter>(),
            sp.GetRequiredService<ModelStages>().Clauses,
            sp.GetRequiredService<ModelStages>().Sentiment,
            sp.GetRequiredService<ContractFieldExtractor>(),
            sp.GetRequiredService<ExtractionLimits>(),
            sp.GetRequiredService<TimeProvider>()));
        return builder;
    }

    /// <summary>
    /// The limits, bound and validated once however many AddX need them (the submitter and the claim-check store
    /// read with the same size cap as the worker), and resolvable as the validated value.
    /// </summary>
    public static IServiceCollection AddExtractionLimits(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<ExtractionLimits>)))
            return services;
        // ExtractionLimits carries no attributes: its rules are the Validate call (one message).
        services.AddOptions<ExtractionLimits>().BindConfiguration(ExtractionLimits.SectionName).ValidateDataAnnotations()
            .Validate(l => l.MaxBytes > 0 && l.MaxPages > 0 && l.MaxSentences > 0 && l.ReadTimeoutSeconds > 0 && l.ReadMemoryMegabytes >= 256,
                "Limits must be positive, and the reader needs at least 256 MB.").ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ExtractionLimits>>().Value);
        return services;
    }
}
