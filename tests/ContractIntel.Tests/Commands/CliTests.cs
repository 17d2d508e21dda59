using ContractIntel.Commands;

namespace ContractIntel.Tests.Commands;

/// <summary>
/// The command line as a user meets it: help at every level, one line and exit 2 for a mistake, exit 1 for a
/// server that is down. Run in-process with stdout and stderr captured; no server is needed.
/// </summary>
public sealed class CliTests
{
    /// <summary>A login at a port nothing listens on: the database is "down" without stopping anyone's server.</summary>
    private const string ClosedPort = "Host=127.0.0.1;Port=1;Database=contractintel;Username=nobody;Password=x;Timeout=3";

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await Cli.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static void AssertOneLine(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"expected one line on stderr, got {lines.Length}:\n{text}");
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_AtTheRoot_ListsEveryCommandButTheHiddenReader()
    {
        var (exit, output, _) = await RunAsync("--help");

        Assert.Equal(0, exit);
        foreach (var command in new[] { "worker", "submit", "process", "migrate", "reprocess", "replay", "health", "serve", "audit", "eval", "models", "bench" })
            Assert.Contains("  " + command, output, StringComparison.Ordinal);
        Assert.DoesNotContain(ContractIntel.Reading.ReadDocumentVerb.Name, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("worker")]
    [InlineData("submit")]
    [InlineData("process")]
    [InlineData("migrate")]
    [InlineData("reprocess")]
    [InlineData("replay")]
    [InlineData("health")]
    [InlineData("serve")]
    [InlineData("audit")]
    [InlineData("audit verify")]
    [InlineData("audit checkpoint")]
    [InlineData("eval")]
    [InlineData("eval sentiment")]
    [InlineData("eval clauses")]
    [InlineData("eval fields")]
    [InlineData("eval ocr")]
    [InlineData("models")]
    [InlineData("models list")]
    [InlineData("models seal")]
    [InlineData("models extract-base")]
    [InlineData("bench")]
    [InlineData("bench encoder")]
    [InlineData("bench text")]
    [InlineData("bench pipeline")]
    public async Task Help_OfEachCommand_PrintsItsUsageAndDoesNothingElse(string command)
    {
        var (exit, output, error) = await RunAsync([.. command.Split(' '), "--help"]);

        Assert.Equal(0, exit);
        // The usage line starts with the executable's name: testhost here, contractintel when installed.
        Assert.Matches($@"Usage:\s+\S+ {command}\b", output);
        Assert.Equal("", error);
    }

    [Fact]
    public async Task Version_PrintsTheInformationalVersion()
    {
        var (exit, output, _) = await RunAsync("--version");

        Assert.Equal(0, exit);
        Assert.Equal(Cli.Version, output.Trim());
        Assert.StartsWith("0.", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("migrate --bogus")]
    [InlineData("submit --bogus samples")]
    [InlineData("bench text --no-such-option")]
    [InlineData("no-such-command")]
    [InlineData("")]
    public async Task UnknownOptionOrCommand_IsOneLineAndExit2(string args)
    {
        var (exit, _, error) = await RunAsync(args.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal((int)ExitCode.Usage, exit);
        AssertOneLine(error);
    }

    [Theory]
    [InlineData("bench encoder --n x", "--n")]
    [InlineData("bench encoder --n 0", "--n")]
    [InlineData("bench text --sizes 1,x", "--sizes")]
    [InlineData("replay --limit -3", "--limit")]
    [InlineData("process --kind letter samples", "--kind")]
    [InlineData("audit verify --run not-a-uuid", "--run")]
    [InlineData("eval clauses --cuad /no/such/folder", "/no/such/folder")]
    [InlineData("eval sentiment --data x.txt --precision int4", "int4")]
    [InlineData("serve --url https://127.0.0.1:5080", "--url")]
    public async Task BadValue_IsOneLineNamingItAndExit2(string args, string named)
    {
        var (exit, _, error) = await RunAsync(args.Split(' '));

        Assert.Equal((int)ExitCode.Usage, exit);
        AssertOneLine(error);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidSetting_FailsItsValidationWithOneLineAndExit2()
    {
        var (exit, _, error) = await RunAsync("models", "list", "--set", "ContractIntel:Inference:Device=tpu");

        Assert.Equal((int)ExitCode.Usage, exit);
        AssertOneLine(error);
        Assert.Contains("invalid settings", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("audit verify", "AuditorConnectionString")]
    [InlineData("audit checkpoint", "AuditorConnectionString")]
    [InlineData("migrate", "OwnerConnectionString")]
    public async Task DatabaseDown_IsOneLineAndExit1(string command, string setting)
    {
        var (exit, _, error) = await RunAsync([.. command.Split(' '), "--set", $"ContractIntel:Database:{setting}={ClosedPort}"]);

        Assert.Equal((int)ExitCode.Failure, exit);
        AssertOneLine(error);
        Assert.Contains("cannot reach the database", error, StringComparison.Ordinal);
    }
}
