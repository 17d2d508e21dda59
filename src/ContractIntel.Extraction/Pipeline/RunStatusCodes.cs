namespace ContractIntel.Extraction.Pipeline;

/// <summary>
/// The codes of <see cref="RunStatus"/> in the database (<c>processing_runs.status</c>), the audit hashes and JSON.
/// Constants, so that a switch on a code (or a status set that extends these, like a submission's) can name them.
/// </summary>
public static class RunStatusCodes
{
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";

    public static string ToCode(this RunStatus status) => status switch
    {
        RunStatus.Succeeded => Succeeded,
        RunStatus.Failed => Failed,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static bool TryParse(string? code, out RunStatus status)
    {
        (var known, status) = code switch
        {
            Succeeded => (true, RunStatus.Succeeded),
            Failed => (true, RunStatus.Failed),
            _ => (false, default),
        };
        return known;
    }

    public static RunStatus Parse(string code)
        => TryParse(code, out var status) ? status : throw new FormatException($"Unknown run status '{code}'.");

    public static RunStatus Of(PipelineResult result) => result.Succeeded ? RunStatus.Succeeded : RunStatus.Failed;
}
