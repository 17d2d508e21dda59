using ContractIntel.Extraction.Inference;
using ContractIntel.Verbs;
using Microsoft.Extensions.Configuration;

namespace ContractIntel.Models;

/// <summary>
/// The inference options for the offline verbs (eval, models, bench): appsettings.json next to the executable,
/// then environment variables (<c>ContractIntel__Inference__Device=cuda</c>), then the verb's own options.
/// </summary>
internal static class InferenceSettings
{
    public static readonly string[] Options = ["model", "precision", "models", "device", "threads"];

    public static InferenceOptions Load(CliArgs args)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var options = new InferenceOptions();
        configuration.GetSection(InferenceOptions.SectionName).Bind(options);
        if (args.Get("precision") is { } precision)
        {
            options.Precision = InferencePrecisionCodes.TryParse(precision, out var parsed) ? parsed.ToCode() : throw new CliException("--precision is int8 or fp32.");
        }
        if (args.Get("models") is { } models) options.ModelsPath = Path.GetFullPath(models);
        if (args.Get("device") is { } device) options.Device = device;
        if (args.Get("threads") is { } threads)
        {
            options.IntraOpThreads = int.TryParse(threads, out var n) && n > 0 ? n : throw new CliException("--threads is a positive integer.");
        }
        return options;
    }
}
