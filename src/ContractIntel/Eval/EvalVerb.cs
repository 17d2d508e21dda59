using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Inference;
using ContractIntel.Extraction.Pipeline;
using ContractIntel.Extraction.Segmentation;
using ContractIntel.Models;

namespace ContractIntel.Eval;

/// <summary><c>eval fields</c> (Commands/EvalFieldsCommand.cs): field extraction scored on CUAD.</summary>
public static class EvalVerb
{
    /// <summary>
    /// The plain-text path of the pipeline (DocumentReader, Segmenter) and, unless <c>--no-clauses</c>, the clause
    /// model: its findings hint the field rules and are scored against the Yes/No columns. A clause model that is
    /// not installed leaves the presence columns scored from no findings, and the JSON says so.
    /// </summary>
    /// <param name="options">The inference settings; null: no clause model (<c>--no-clauses</c>).</param>
    public static async Task<int> FieldsAsync(InferenceOptions? options, string? model, string dir, string? contracts, bool verbose, bool json, CancellationToken ct)
    {
        var reader = new DocumentReader(new ExtractionLimits());
        var segmenter = new Segmenter();
        using var classifier = options is null ? null : await ClauseModelAsync(options, model ?? ClauseClassifier.DefaultModel);
        var eval = new FieldsEval(
            (bytes, name) =>
            {
                var document = reader.Read(bytes, name, DocumentReader.DetectMediaType(bytes.Span, name) ?? "text/plain");
                return (document, segmenter.Split(document));
            },
            classifier is null ? null : (document, segments) => DocumentPipeline.SentenceHints(classifier.Classify(document, segments), segments),
            classifier?.Identity,
            TimeProvider.System);
        return await eval.RunAsync(dir, contracts, verbose, json, ct);
    }

    private static async Task<ClauseClassifier?> ClauseModelAsync(InferenceOptions options, string name)
    {
        if (!new ModelStore(options).List().Any(m => m.Manifest.Name == name))
        {
            await Console.Error.WriteLineAsync($"eval fields: clause model '{name}' is not installed; presence columns are scored from no findings.");
            return null;
        }
        return ModelLoading.Start(() => ClauseClassifier.Create(options, name));
    }
}
