using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Fields;
using ContractIntel.Extraction.Pipeline;
using ContractIntel.Extraction.Segmentation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ContractIntel.Hosting;

public static class ExtractionExtensions
{
    /// <summary>Options, readers, segmenter, model sessions (created at start so a bad model fails fast) and the pipeline.</summary>
    public static IHostApplicationBuilder AddExtraction(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ExtractionLimits>().Bind(builder.Configuration.GetSection(ExtractionLimits.SectionName))
            .Validate(l => l.MaxBytes > 0 && l.MaxPages > 0, "Limits must be positive.").ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<ExtractionLimits>>().Value);
        builder.Services.AddSingleton<DocumentReader>();
        builder.Services.AddSingleton<Segmenter>();
        builder.Services.AddSingleton<ContractFieldExtractor>();
        builder.Services.AddSingleton(sp => new DocumentPipeline(
            sp.GetRequiredService<DocumentReader>(),
            sp.GetRequiredService<Segmenter>(),
            clauses: null,
            sentiment: null,
            sp.GetRequiredService<ContractFieldExtractor>(),
            sp.GetRequiredService<ExtractionLimits>(),
            sp.GetRequiredService<TimeProvider>()));
        return builder;
    }
}
