using System.Globalization;
using System.Text.Json;
using ContractIntel.Commands;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Documents.Ocr;

namespace ContractIntel.Reading;

/// <summary>
/// <c>contractintel read-document</c> (hidden): the child side of <see cref="IsolatedDocumentReader"/>. Reads the
/// document's bytes from stdin, runs <see cref="DocumentReader"/> and writes a <see cref="ReaderReply"/> on
/// stdout. No host, no models, no configuration files: the parent passes the limits, so the child starts fast
/// and holds nothing worth stealing. The document's length, extension and media type come first on stdin (one
/// line, see <see cref="ReaderHeader"/>), so the parent can start the child before it has the document; with <c>--warm-up</c> the child first reads a small PDF of its own (<see cref="WarmUpDocument"/>), so
/// the parser's code is compiled while the child waits rather than while a document waits for it. Exit 0 with a reply; <see cref="OutOfMemoryExit"/> when the capped heap ran
/// out; <see cref="InternalErrorExit"/> for an exception that is not the document's fault (a bug, reported to
/// the parent on stderr by type name only).
/// </summary>
public static class ReadDocumentVerb
{
    public const string Name = "read-document";
    public const int OutOfMemoryExit = (int)ExitCode.ReaderOutOfMemory;
    public const int InternalErrorExit = (int)ExitCode.ReaderInternalError;

    /// <summary>
    /// Its arguments are written by IsolatedDocumentReader, never by a person, and it starts once per document: they
    /// are read here directly rather than through System.CommandLine, whose parser (IL only, JIT-compiled at every
    /// start) added about 20 ms of CPU to each start, and the child builds no host (Program.cs sends it here first).
    /// </summary>
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var limits = new ExtractionLimits
        {
            MaxBytes = long.Parse(Arg(args, "--max-bytes"), CultureInfo.InvariantCulture),
            MaxPages = int.Parse(Arg(args, "--max-pages"), CultureInfo.InvariantCulture),
        };
        // The parent's OCR settings (JSON); absent: OCR off, as for a caller that configured none.
        var ocrJson = Arg(args, "--ocr", "");
        var ocr = ocrJson.Length == 0 ? new OcrOptions { Enabled = false } : JsonSerializer.Deserialize(ocrJson, ReaderSettingsJson.Default.OcrOptions);
        try
        {
            if (args.Contains("--warm-up")) WarmUpDocument.Read(limits);
            await using var stdin = Console.OpenStandardInput();
            var header = await ReaderHeader.ReadAsync(stdin, cancellationToken);
            if (header is null) return 0; // the parent went away (or stopped a spare child) before sending a document
            var fileName = "document" + header.Extension;
            var mediaType = header.MediaType;
            var bytes = await ReadStdinAsync(stdin, header.Length, limits.MaxBytes + 1, cancellationToken);
            ReaderReply reply;
            try
            {
                reply = ReaderReply.From(new DocumentReader(limits, ocr).Read(bytes, fileName, mediaType.Length == 0 ? null : mediaType));
            }
            catch (DocumentRejectedException e)
            {
                reply = ReaderReply.From(e);
            }
            await using var stdout = Console.OpenStandardOutput();
            await reply.WriteAsync(stdout, cancellationToken);
            return 0;
        }
        catch (OutOfMemoryException)
        {
            return OutOfMemoryExit;
        }
        catch (InsufficientExecutionStackException)
        {
            // Recursion the runtime stopped before the stack overflowed: the nesting is in the document.
            await using var stdout = Console.OpenStandardOutput();
            await new ReaderReply { Reason = "corrupt", Message = "The document nests too deeply to read." }.WriteAsync(stdout, cancellationToken);
            return 0;
        }
        catch (Exception e)
        {
            await Console.Error.WriteLineAsync(e.GetType().FullName);
            return InternalErrorExit;
        }
    }

    /// <summary>Exactly the announced length (one buffer, no doubling copies), never more than the cap.</summary>
    private static async Task<byte[]> ReadStdinAsync(Stream stdin, long length, long cap, CancellationToken ct)
    {
        var buffer = new byte[Math.Min(length, cap)];
        var filled = 0;
        int n;
        while (filled < buffer.Length && (n = await stdin.ReadAsync(buffer.AsMemory(filled), ct)) > 0)
            filled += n;
        return filled == buffer.Length ? buffer : buffer[..filled];
    }

    private static string Arg(string[] args, string name, string? fallback = null)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback ?? throw new ArgumentException($"{Name}: {name} is required.");
    }
}
