using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Inference;
using ContractIntel.Extraction.Pipeline;
using ContractIntel.Extraction.Segmentation;
using ContractIntel.Models;
using ContractIntel.Verbs;

namespace ContractIntel.Eval;

/// <summary><c>eval SUB ...</c>: one sub-verb per evaluation.</summary>
public static class EvalVerb
{
    public static Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct)
    {
        if (args.Count == 0) throw new CliException("eval needs a sub-verb: sentiment, clauses, fields or ocr.");
        var rest = args.Skip(1).ToList();
        return args[0] switch
        {
            "sentiment" => SentimentEvalVerb.RunAsync([.. rest], ct),
            "clauses" => ClauseEvalVerb.RunAsync([.. rest], ct),
            "fields" => FieldsAsync(rest, ct),
            "ocr" => OcrEvalVerb.RunAsync(rest, ct),
            _ => throw new CliException($"Unknown eval sub-verb '{args[0]}'."),
        };
    }

    /// <summary>
    /// The plain-text path of the pipeline (DocumentReader, Segmenter) and, unless <c>--no-clauses</c>, the clause
    /// model: its findings hint the field rules and are scored against the Yes/No columns. A clause model that is
    /// not installed leaves the presence columns scored from no findings, and the JSON says so.
    /// </summary>
    private static async Task<int> FieldsAsync(IReadOnlyList<string> args, CancellationToken ct)
    {
        var cli = CliArgs.Parse(args, [.. FieldsEval.Flags, "no-clauses"], [.. FieldsEval.Options, .. InferenceSettings.Options]);
        var reader = new DocumentReader(new ExtractionLimits());
        var segmenter = new Segmenter();
        using var classifier = cli.Has("no-clauses") ? null : await ClauseModelAsync(cli);
        var eval = new FieldsEval(
            (bytes, name) =>
            {
                var document = reader.Read(bytes, name, DocumentReader.DetectMediaType(bytes.Span, name) ?? "text/plain");
                return (document, segmenter.Split(document));
            },
            classifier is null ? null : (document, segments) => DocumentPipeline.SentenceHints(classifier.Classify(document, segments), segments),
            classifier?.Identity,
            TimeProvider.System);
        return await eval.RunAsync(cli, ct);
    }

    private static async Task<ClauseClassifier?> ClauseModelAsync(CliArgs cli)
    {
        var options = InferenceSettings.Load(cli);
        var name = cli.Get("model") ?? ClauseClassifier.DefaultModel;
        if (!new ModelStore(options).List().Any(m => m.Manifest.Name == name))
        {
            await Console.Error.WriteLineAsync($"eval fields: clause model '{name}' is not installed; presence columns are scored from no findings.");
            return null;
        }
        return ModelLoading.Start(() => ClauseClassifier.Create(options, name));
    }
}
