using System.Text.Json;
using ContractIntel.Extraction.Documents;
using ContractIntel.Commands;
using ContractIntel.Extraction.Documents.Ocr;

namespace ContractIntel.Reading;

/// <summary>
/// <c>contractintel read-document</c> (hidden; options in Commands/ReadDocumentCommand.cs): the child side of <see cref="IsolatedDocumentReader"/>. Reads the
/// document's bytes from stdin, runs <see cref="DocumentReader"/> and writes a <see cref="ReaderReply"/> on
/// stdout. No host, no models, no configuration files: the parent passes the limits, so the child starts fast
/// and holds nothing worth stealing. Exit 0 with a reply; <see cref="OutOfMemoryExit"/> when the capped heap ran
/// out; <see cref="InternalErrorExit"/> for an exception that is not the document's fault (a bug, reported to
/// the parent on stderr by type name only).
/// </summary>
public static class ReadDocumentVerb
{
    public const string Name = "read-document";
    public const int OutOfMemoryExit = (int)ExitCode.ReaderOutOfMemory;
    public const int InternalErrorExit = (int)ExitCode.ReaderInternalError;

    /// <param name="ocrJson">The parent's OCR settings (JSON); null: OCR off, as for a caller that configured none.</param>
    public static async Task<int> RunAsync(long maxBytes, int maxPages, long length, string? ocrJson, string? extension, string? mediaType,
        CancellationToken cancellationToken)
    {
        var limits = new ExtractionLimits { MaxBytes = maxBytes, MaxPages = maxPages };
        var ocr = string.IsNullOrEmpty(ocrJson) ? new OcrOptions { Enabled = false } : JsonSerializer.Deserialize<OcrOptions>(ocrJson);
        var fileName = "document" + extension;
        try
        {
            var bytes = await ReadStdinAsync(length, limits.MaxBytes + 1, cancellationToken);
            ReaderReply reply;
            try
            {
                reply = ReaderReply.From(new DocumentReader(limits, ocr).Read(bytes, fileName, string.IsNullOrEmpty(mediaType) ? null : mediaType));
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
    private static async Task<byte[]> ReadStdinAsync(long length, long cap, CancellationToken ct)
    {
        await using var stdin = Console.OpenStandardInput();
        var buffer = new byte[Math.Min(length, cap)];
        var filled = 0;
        int n;
        while (filled < buffer.Length && (n = await stdin.ReadAsync(buffer.AsMemory(filled), ct)) > 0)
            filled += n;
        return filled == buffer.Length ? buffer : buffer[..filled];
    }
}
