using System.Reflection;
using ContractIntel.Contracts;
using ContractIntel.Data.Runs;
using ContractIntel.Extraction.Pipeline;
using Microsoft.Extensions.Configuration;

namespace ContractIntel.Messaging;

/// <summary>What this worker process is: code version, configuration fingerprint, host. Computed once at start.</summary>
public sealed class RunProvenance
{
    public RunProvenance(IConfiguration configuration)
    {
        var informational = typeof(RunProvenance).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        GitCommit = ParseCommit(informational);
        ConfigHash = ConfigurationHash.Compute(configuration);
        WorkerHost = Environment.MachineName;
    }

    public string GitCommit { get; }

    public string ConfigHash { get; }

    public string WorkerHost { get; }

    /// <summary>The SDK appends <c>+commit</c> to the informational version when the build knows its source revision.</summary>
    public static string ParseCommit(string? informationalVersion)
    {
        var plus = informationalVersion?.IndexOf('+', StringComparison.Ordinal) ?? -1;
        return plus >= 0 && plus < informationalVersion!.Length - 1 ? informationalVersion[(plus + 1)..] : "unknown";
    }

    public RunRequest RequestFor(Guid messageId, ProcessDocument message, LoadedDocument loaded) => new(
        MessageId: messageId,
        SubmittedBy: message.SubmittedBy,
        Matter: message.Matter,
        FileName: loaded.FileName,
        RequestedKind: message.Kind,
        PipelineVersion: DocumentPipeline.Version,
        GitCommit: GitCommit,
        ConfigHash: ConfigHash,
        WorkerHost: WorkerHost,
        ReprocessOf: loaded.ReprocessOf);
}
