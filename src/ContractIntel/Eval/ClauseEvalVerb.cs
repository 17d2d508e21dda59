using System.Diagnostics;
using ContractIntel.Extraction.Clauses;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Inference;
using ContractIntel.Extraction.Segmentation;
using ContractIntel.Models;
using ContractIntel.Commands;

namespace ContractIntel.Eval;

/// <summary>
/// <c>eval clauses</c> (Commands/EvalClausesCommand.cs): each contract's
/// text goes through the pipeline's plain-text path (DocumentReader, Segmenter) and the clause classifier, and
/// CUAD's official metric is computed twice: over the 20 best candidates per question (what <c>--predictions</c>
/// writes) and over what a run stores at the operating point. <c>--calibrate</c> instead fits the calibration on
/// the listed contracts (training fold only) and writes calibration.json and SHA256SUMS into the model folder.
/// </summary>
internal static class ClauseEvalVerb
{
    public sealed record Settings(string Cuad, string? ContractsFile, string? Model, string? Predictions, bool Calibrate, double TargetPrecision, bool Json);

    public static async Task<int> RunAsync(InferenceOptions options, Settings cli, CancellationToken cancellationToken)
    {
        var dir = cli.Cuad;
        var annotationsFile = Path.Combine(dir, "cuad_annotations.jsonl");
        if (!File.Exists(annotationsFile)) throw new CliException($"{annotationsFile} not found: --cuad names the CUAD folder.");
        var annotations = CuadAnnotations.Read(annotationsFile);
        var contracts = Contracts(annotations, cli.ContractsFile);
        var clock = Stopwatch.StartNew();
        using var classifier = ModelLoading.Start(() => ClauseClassifier.Create(options, cli.Model ?? ClauseClassifier.DefaultModel));
        var loadSeconds = clock.Elapsed.TotalSeconds;
        await Console.Error.WriteLineAsync($"model {classifier.Identity.Name} {classifier.Identity.Version} {classifier.Identity.Precision.ToCode()} on {classifier.Identity.Device}" +
            $" ({(classifier.Calibration is not null ? "calibrated" : classifier.StaleCalibration ? "calibration.json is for other weights: ignored" : "not calibrated")}); {contracts.Count} contracts");
        var reader = new DocumentReader(new ExtractionLimits());
        var segmenter = new Segmenter();
        var run = new ClauseEvalRun(classifier.Categories);
        var fit = cli.Calibrate ? new ClauseCalibrationFit(classifier.Categories) : null;
        double modelSeconds = 0, spanSeconds = 0;
        foreach (var contract in contracts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = annotations.TxtFiles[contract];
            var bytes = await File.ReadAllBytesAsync(Path.Combine(dir, "full_contract_txt", file), cancellationToken);
            var document = reader.Read(bytes, file, DocumentReader.DetectMediaType(bytes, file) ?? "text/plain");
            var segments = segmenter.Split(document);
            var units = ClauseClassifier.Units(segments);
            var step = Stopwatch.StartNew();
            var scores = classifier.Score(units);
            modelSeconds += step.Elapsed.TotalSeconds;
            step.Restart();
            var candidates = new ClauseSpans().Find(document, segments, units, scores, classifier.Categories);
            var ranked = classifier.Rank(candidates);
            var emitted = classifier.Select(ranked);
            spanSeconds += step.Elapsed.TotalSeconds;
            var gold = classifier.Categories.ToDictionary(c => c, c => annotations.Gold.GetValueOrDefault((contract, c)) ?? [], StringComparer.Ordinal);
            fit?.Add(contract, candidates, gold);
            run.Add(contract, file, units.Count, gold, ranked, emitted);
            await Console.Error.WriteLineAsync($"contract {run.Contracts}/{contracts.Count}: {units.Count} units, {candidates.Count} candidates, {emitted.Count} findings");
        }
        if (fit is not null)
        {
            var target = cli.TargetPrecision;
            var manifest = ModelManifest.Read(Path.Combine(classifier.Folder, ModelFiles.ManifestFile));
            var calibration = fit.Fit(contracts, manifest.Artifact.Sha256, target);
            await File.WriteAllTextAsync(Path.Combine(classifier.Folder, ClauseCalibration.FileName), calibration.ToJson(), cancellationToken);
            ModelFiles.Seal(classifier.Folder, manifest);
            Console.WriteLine(fit.Summary(calibration).ToJsonString(EvalJson.Indented(cli.Json)));
            return 0;
        }
        if (cli.Predictions is { } predictionsPath) await CuadPredictionsFile.WriteAsync(predictionsPath, run.Predictions, cancellationToken);
        var timing = (loadSeconds, modelSeconds, spanSeconds, clock.Elapsed.TotalSeconds - loadSeconds);
        Console.WriteLine(ClauseEvalReport.Build(classifier, run, timing).ToJsonString(EvalJson.Indented(cli.Json)));
        return 0;
    }

    private static List<string> Contracts(CuadAnnotations annotations, string? listFile)
    {
        var contracts = annotations.TxtFiles.Keys.Order(StringComparer.Ordinal).ToList();
        if (listFile is null) return contracts;
        // Ids are taken verbatim: some CUAD ids end with a space.
        var wanted = File.ReadAllLines(listFile).Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToHashSet(StringComparer.Ordinal);
        var missing = wanted.Where(w => !annotations.TxtFiles.ContainsKey(w)).ToList();
        if (missing.Count > 0) throw new CliException($"{missing.Count} contracts of {listFile} are not in the annotations, e.g. '{missing[0]}'.");
        return contracts.Where(wanted.Contains).ToList();
    }
}
