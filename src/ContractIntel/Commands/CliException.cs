namespace ContractIntel.Commands;

/// <summary>
/// An expected failure the command explains in one line: printed without a stack trace, exit code
/// <see cref="ExitCode"/> (usage unless said otherwise).
/// </summary>
public sealed class CliException(string message, ExitCode exitCode = ExitCode.Usage) : Exception(message)
{
    public ExitCode ExitCode { get; } = exitCode;
}
