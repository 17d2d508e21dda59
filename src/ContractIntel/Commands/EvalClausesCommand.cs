using System.CommandLine;
using ContractIntel.Eval;

namespace ContractIntel.Commands;

/// <summary>
/// <c>contractintel eval clauses --cuad DIR [--contracts LIST] [--model NAME] [--predictions FILE] [--json]</c>, or
/// <c>--calibrate</c> to fit the clause calibration on training-fold contracts.
/// </summary>
public static class EvalClausesCommand
{
    public static readonly Option<DirectoryInfo> Cuad = PathOptions.ExistingFolder("--cuad", "The CUAD folder (cuad_annotations.jsonl, full_contract_txt/)");

    public static readonly Option<FileInfo?> Contracts = PathOptions.ExistingFile("--contracts", "Contract ids to use, one a line (default: all)");

    public static readonly Option<string?> Predictions = new("--predictions") { Description = "Also write the top-20 predictions per question (CUAD's format)", HelpName = "FILE" };

    public static readonly Option<bool> Calibrate = new("--calibrate") { Description = "Fit the calibration on --contracts (training fold only) and seal it into the model folder" };

    public static readonly Option<double> TargetPrecision = CreateTargetPrecision();

    public static Command Create()
    {
        var command = new Command("clauses", "Clause finding on CUAD, scored with CUAD's official metric.") { Cuad, Contracts, Predictions, Calibrate, TargetPrecision, EvalCommand.Json };
        ModelOptions.AddTo(command);
        command.Validators.Add(r =>
        {
            if (r.GetResult(Calibrate) is not null && r.GetResult(Contracts) is null)
                r.AddError("--calibrate needs --contracts: the training-fold calibration contracts.");
        });
        command.SetAction((parse, ct) => ClauseEvalVerb.RunAsync(ModelOptions.Load(parse), new ClauseEvalVerb.Settings(
            parse.GetValue(Cuad)!.FullName, parse.GetValue(Contracts)?.FullName, parse.GetValue(ModelOptions.Model), parse.GetValue(Predictions),
            parse.GetValue(Calibrate), parse.GetValue(TargetPrecision), parse.GetValue(EvalCommand.Json)), ct));
        return command;
    }

    private static Option<double> CreateTargetPrecision()
    {
        return new Option<double>("--target-precision") { Description = "With --calibrate: the precision each category's threshold aims at", DefaultValueFactory = _ => 0.6 }
            .Check(p => p is > 0 and <= 1, "--target-precision is above 0 and at most 1.");
    }
}
