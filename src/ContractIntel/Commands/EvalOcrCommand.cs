using System.CommandLine;
using ContractIntel.Eval;
using ContractIntel.Extraction.Documents.Ocr;

namespace ContractIntel.Commands;

/// <summary><c>contractintel eval ocr MANIFEST.tsv [--dpi N] [--json]</c> (docs/ocr.md; deploy/ocr/measure.sh makes the manifest).</summary>
public static class EvalOcrCommand
{
    public static readonly Argument<FileInfo> Manifest = CreateManifest();

    public static readonly Option<int> Dpi = CreateDpi();

    public static readonly Option<bool> Json = new("--json") { Description = "The summary as one JSON line" };

    public static Command Create()
    {
        var command = new Command("ocr", "OCR quality (word-bag F1 against the text layer) and pages/s on scans of text PDFs.") { Manifest, Dpi, Json };
        command.SetAction((parse, ct) => OcrEvalVerb.RunAsync(parse.GetValue(Manifest)!.FullName, parse.GetValue(Dpi), parse.GetValue(Json), ct));
        return command;
    }

    private static Argument<FileInfo> CreateManifest()
    {
        var argument = new Argument<FileInfo>("MANIFEST") { Description = "Lines of scan.pdf<TAB>original.pdf<TAB>first-page" };
        argument.AcceptExistingOnly();
        return argument;
    }

    private static Option<int> CreateDpi()
    {
        return new Option<int>("--dpi") { Description = "Render resolution", DefaultValueFactory = _ => new OcrOptions().Dpi }
            .Check(d => d is >= 50 and <= 1200, "--dpi is 50 to 1200.");
    }
}
