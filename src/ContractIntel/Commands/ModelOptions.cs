using System.CommandLine;
using ContractIntel.Extraction.Inference;
using ContractIntel.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ContractIntel.Commands;

/// <summary>
/// The model options of the offline commands (eval, models, bench). Each is a shorthand for a setting of
/// <c>ContractIntel:Inference</c>, applied over appsettings and the environment and validated like the worker's.
/// </summary>
public static class ModelOptions
{
    public static readonly Option<string?> Model = new("--model") { Description = "The model to use (a folder under the models path)", HelpName = "NAME" };

    public static readonly Option<string?> Precision = CreatePrecision();

    public static readonly Option<DirectoryInfo?> Models = new("--models") { Description = "The models folder (default: models/ beside the executable)", HelpName = "DIR" };

    public static readonly Option<string?> Device = new("--device") { Description = "cpu, cuda or directml" };

    public static readonly Option<int?> Threads = CreateThreads();

    /// <summary>The inference settings, with the options above (those given) over the configuration.</summary>
    public static InferenceOptions Load(ParseResult parse)
    {
        using var host = Builder(parse).BuildValidated();
        return host.Services.GetRequiredService<IOptions<InferenceOptions>>().Value;
    }

    /// <summary>A host builder with the options above as settings; its AddExtraction is the caller's.</summary>
    public static HostApplicationBuilder Builder(ParseResult parse, params KeyValuePair<string, string>[] more)
    {
        var overrides = new List<KeyValuePair<string, string>>();
        void Add(string key, string? value)
        {
            if (value is not null) overrides.Add(new($"{InferenceOptions.SectionName}:{key}", value));
        }
        Add(nameof(InferenceOptions.Precision), parse.GetValue(Precision));
        Add(nameof(InferenceOptions.ModelsPath), parse.GetValue(Models)?.FullName);
        Add(nameof(InferenceOptions.Device), parse.GetValue(Device));
        Add(nameof(InferenceOptions.IntraOpThreads), parse.GetValue(Threads)?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var builder = CommonOptions.CreateBuilder(parse, [.. overrides, .. more]);
        builder.AddExtraction();
        return builder;
    }

    /// <summary>Adds the options to a command; <c>--model</c> only where the command takes one model.</summary>
    public static void AddTo(Command command, bool model = true)
    {
        if (model) command.Options.Add(Model);
        command.Options.Add(Precision);
        command.Options.Add(Models);
        command.Options.Add(Device);
        command.Options.Add(Threads);
    }

    private static Option<string?> CreatePrecision()
    {
        var option = new Option<string?>("--precision") { Description = "fp32 or int8 (default: the configured one)" };
        option.AcceptOnlyFromAmong(InferencePrecisionCodes.Fp32, InferencePrecisionCodes.Int8);
        return option;
    }

    private static Option<int?> CreateThreads()
    {
        return new Option<int?>("--threads") { Description = "ONNX Runtime intra-op threads", HelpName = "N" }
            .Check(n => n is null or > 0, "--threads is a positive integer.");
    }
}
