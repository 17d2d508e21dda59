using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Fields;
using ContractIntel.Extraction.Segmentation;
using ContractIntel.Verbs;

namespace ContractIntel.Eval;

/// <summary><c>eval SUB ...</c>: one sub-verb per evaluation.</summary>
public static class EvalVerb
{
    public static Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct)
    {
        if (args.Count == 0) throw new CliException("eval needs a sub-verb: sentiment, clauses or fields.");
        var rest = args.Skip(1).ToList();
        return args[0] switch
        {
            "sentiment" => SentimentEvalVerb.RunAsync([.. rest], ct),
            "clauses" => ClauseEvalVerb.RunAsync([.. rest], ct),
            "fields" => Fields().RunAsync(rest, ct),
            _ => throw new CliException($"Unknown eval sub-verb '{args[0]}'."),
        };
    }

    /// <summary>
    /// The plain-text path of the pipeline: DocumentReader then Segmenter. No clause model is wired yet; when
    /// one is, pass its Classify and Identity so the presence columns are scored from real findings.
    /// </summary>
    private static FieldsEval Fields()
    {
        var reader = new DocumentReader(new ExtractionLimits());
        var segmenter = new Segmenter();
        return new FieldsEval(
            (bytes, name) =>
            {
                var document = reader.Read(bytes, name, "text/plain");
                return (document, segmenter.Split(document));
            },
            classify: null,
            clauseModel: null,
            TimeProvider.System);
    }
}
