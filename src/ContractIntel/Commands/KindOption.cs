using System.CommandLine;
using ContractIntel.Contracts;

namespace ContractIntel.Commands;

/// <summary><c>--kind</c>, as <c>submit</c> and <c>process</c> take it.</summary>
public static class KindOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--kind")
        {
            Description = "What the documents are: contract, filing, or auto (decided per document)",
            DefaultValueFactory = _ => DocumentKinds.Auto,
        };
        option.Validators.Add(r =>
        {
            if (!DocumentKinds.IsValid(r.GetValueOrDefault<string>()))
                r.AddError("--kind must be contract, filing or auto.");
        });
        return option;
    }
}
