using System.CommandLine;
using ContractIntel.Models;

namespace ContractIntel.Commands;

/// <summary><c>contractintel models list|seal|extract-base</c>: the model cards and their files.</summary>
public static class ModelsCommand
{
    public static readonly Option<bool> Json = new("--json") { Description = "Every card as JSON, full hashes and metrics (for scripts)" };

    public static readonly Argument<string> Name = new("NAME") { Description = "The model folder's name" };

    public static readonly Option<DirectoryInfo> Out = new("--out") { Description = "Where to write model.onnx, vocab.txt and base_encoder.json", HelpName = "DIR", Required = true };

    public static Command Create()
    {
        var list = new Command("list", "The model cards: name, version, whether the artifact and the seal still match, identity.") { Json, ModelOptions.Models };
        list.SetAction(parse => ModelsVerb.List(ModelOptions.Load(parse), parse.GetValue(Json)));

        var seal = new Command("seal", "Write SHA256SUMS for a model folder as it is now.") { Name, ModelOptions.Models };
        seal.SetAction(parse => ModelsVerb.Seal(ModelOptions.Load(parse), parse.GetValue(Name)!));

        var extractBase = new Command("extract-base", "Write the verified base encoder for the Python training pipeline.") { Out };
        extractBase.SetAction(parse => ModelsVerb.ExtractBase(parse.GetValue(Out)!.FullName));

        return new Command("models", "The installed models: list their cards, seal a folder, extract the base encoder.") { list, seal, extractBase };
    }
}
