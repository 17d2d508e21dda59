using System.CommandLine;
using ContractIntel.Reading;

namespace ContractIntel.Commands;

/// <summary>
/// <c>contractintel read-document</c> (hidden): the isolated reader's child, started by IsolatedDocumentReader with
/// the bytes on stdin. It builds no host on purpose: it starts once per document, must start fast, and gets every
/// setting it needs from its parent (the limits and the OCR settings below), so it reads no configuration at all.
/// </summary>
public static class ReadDocumentCommand
{
    public const string Name = ReadDocumentVerb.Name;

    public static readonly Option<long> MaxBytes = new("--max-bytes") { Required = true };

    public static readonly Option<int> MaxPages = new("--max-pages") { Required = true };

    public static readonly Option<long> Length = new("--length") { Required = true, Description = "Bytes the parent writes to stdin" };

    public static readonly Option<string?> Ocr = new("--ocr") { Description = "The parent's OCR settings as JSON; absent: OCR off" };

    public static readonly Option<string?> Extension = new("--extension");

    public static readonly Option<string?> MediaType = new("--media-type");

    public static Command Create()
    {
        var command = new Command(Name, "The isolated reader's child process (internal).") { MaxBytes, MaxPages, Length, Ocr, Extension, MediaType };
        command.Hidden = true;
        command.SetAction((parse, ct) => ReadDocumentVerb.RunAsync(parse.GetValue(MaxBytes), parse.GetValue(MaxPages), parse.GetValue(Length),
            parse.GetValue(Ocr), parse.GetValue(Extension), parse.GetValue(MediaType), ct));
        return command;
    }

    /// <summary>A root with this one command: the child does not build the other commands' definitions.</summary>
    public static RootCommand Root() => new() { Create() };
}
