using ContractIntel.Contracts;
using ContractIntel.Data;
using ContractIntel.Data.Runs;
using ContractIntel.Extraction.Pipeline;
using Microsoft.Extensions.Configuration;

namespace ContractIntel.Messaging;

/// <summary>What this worker process is: code version, configuration fingerprint, host. Computed once at start.</summary>
public sealed class RunProvenance
{
    public RunProvenance(IConfiguration configuration)
    {
        GitCommit = BuildInfo.GitCommit;
        ConfigHash = ConfigurationHash.Compute(configuration);
        WorkerHost = Environment.MachineName;
    }

    public string GitCommit { get; }

    public string ConfigHash { get; }

    public string WorkerHost { get; }

    public RunRequest RequestFor(Guid messageId, ProcessDocument message, LoadedDocument loaded) => new(
        MessageId: messageId,
        SubmittedBy: message.SubmittedBy,
        Matter: message.Matter,
        FileName: loaded.FileName,
        RequestedKind: DocumentKinds.Parse(message.Kind),
        PipelineVersion: DocumentPipeline.Version,
        GitCommit: GitCommit,
        ConfigHash: ConfigHash,
        WorkerHost: WorkerHost,
        ReprocessOf: loaded.ReprocessOf);
}
