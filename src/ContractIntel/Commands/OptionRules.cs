using System.CommandLine;
using System.CommandLine.Parsing;

namespace ContractIntel.Commands;

/// <summary>The checks the commands' options share: each failure is a parse error, so one line and exit 2.</summary>
public static class OptionRules
{
    /// <summary>Adds a check on the option's value; a value that did not even convert is already an error and is not checked again.</summary>
    public static Option<T> Check<T>(this Option<T> option, Func<T, bool> valid, string message)
    {
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count == 0 && r.Implicit) return;
            T value;
            try
            {
                value = r.GetValueOrDefault<T>();
            }
            catch (InvalidOperationException)
            {
                return;
            }
            if (!valid(value)) r.AddError(message);
        });
        return option;
    }

    /// <summary>Files or folders named on the command line; a word that looks like an option and names no file is an unknown option.</summary>
    public static Argument<string[]> Paths()
    {
        var argument = new Argument<string[]>("FILES|DIRS") { Description = "Documents, or folders to walk (hidden files and READMEs skipped)", Arity = ArgumentArity.OneOrMore };
        argument.Validators.Add(r =>
        {
            foreach (var token in r.Tokens.Where(t => t.Value.StartsWith('-') && !Path.Exists(t.Value)))
                r.AddError($"Unknown option {token.Value}.");
        });
        return argument;
    }

    /// <summary>A uuid option (<c>--run</c>, <c>--document</c>) whose bad value says what it wanted.</summary>
    public static Option<Guid?> Id(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "ID",
        CustomParser = r =>
        {
            if (Guid.TryParse(r.Tokens.Single().Value, out var id)) return id;
            r.AddError($"{name} needs a uuid, not '{r.Tokens.Single().Value}'.");
            return null;
        },
    };
}
