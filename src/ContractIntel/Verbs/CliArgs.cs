namespace ContractIntel.Verbs;

/// <summary>
/// The verbs' arguments: <c>--name value</c> options, <c>--flag</c> switches and positionals. Small on purpose:
/// each verb names what it takes, and an unknown option is an error rather than ignored.
/// </summary>
public sealed class CliArgs
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CliArgs(IReadOnlyList<string> positionals) => Positionals = positionals;

    public IReadOnlyList<string> Positionals { get; }

    /// <param name="flags">Switches that take no value.</param>
    /// <param name="options">Options that take one value each (and may repeat).</param>
    public static CliArgs Parse(IEnumerable<string> args, IEnumerable<string> flags, IEnumerable<string> options)
    {
        var flagSet = flags.ToHashSet(StringComparer.Ordinal);
        var optionSet = options.ToHashSet(StringComparer.Ordinal);
        var positionals = new List<string>();
        var parsed = new CliArgs(positionals);
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                positionals.Add(arg);
                continue;
            }
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var name = eq > 0 ? arg[2..eq] : arg[2..];
            if (flagSet.Contains(name) && eq < 0)
            {
                parsed._flags.Add(name);
            }
            else if (optionSet.Contains(name))
            {
                string value;
                if (eq > 0) value = arg[(eq + 1)..];
                else if (e.MoveNext()) value = e.Current;
                else throw new CliException($"--{name} needs a value.");
                if (!parsed._options.TryGetValue(name, out var list)) parsed._options[name] = list = [];
                list.Add(value);
            }
            else
            {
                throw new CliException($"Unknown option --{name}.");
            }
        }
        return parsed;
    }

    public bool Has(string flag) => _flags.Contains(flag);

    public string? Get(string option) => _options.TryGetValue(option, out var v) ? v[^1] : null;

    public IReadOnlyList<string> GetAll(string option) => _options.TryGetValue(option, out var v) ? v : [];

    public string Require(string option) => Get(option) ?? throw new CliException($"--{option} is required.");
}
