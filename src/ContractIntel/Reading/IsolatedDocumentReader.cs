using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Documents.Ocr;

namespace ContractIntel.Reading;

/// <summary>
/// Reads each document in a child process (<c>contractintel read-document</c>), after Apache Tika's
/// <c>tika-pipes</c>: a parser crash, a stack overflow, a decompression bomb or an endless loop kills the child,
/// never the caller. The child's GC heap is capped (<c>DOTNET_GCHeapHardLimit</c>) and a watchdog here kills it
/// when its resident memory passes the cap (native allocations included) or its wall time runs out. Outcomes:
/// the text, or <see cref="DocumentRejectedException"/> with parse_timeout, parse_memory, or corrupt (the child
/// died without a reply: killed by a signal or crashed). A child that reports an internal error (our bug, not
/// the document's) throws <see cref="InvalidOperationException"/>, so it is retried and stays visible.
/// </summary>
/// <param name="ocr">OCR settings passed to the child (scanned pages are OCR'd there); null: OCR off.</param>
public sealed class IsolatedDocumentReader(ExtractionLimits limits, ReaderCommand command, OcrOptions? ocr = null) : IDocumentReader
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    // The runtime itself (code, JIT, stacks) lives outside the GC heap; this much of the cap is left for it.
    private const long RuntimeReserveBytes = 160L * 1024 * 1024;

    public DocumentText Read(ReadOnlyMemory<byte> bytes, string fileName, string? mediaType)
    {
        var memoryCap = (long)limits.ReadMemoryMegabytes * 1024 * 1024;
        // The reply is the text as UTF-8 plus a page map: a few times the input at most; more than this is a bomb.
        var replyCap = Math.Max(64L << 20, limits.MaxBytes * 4);
        using var process = new System.Diagnostics.Process { StartInfo = StartInfo(fileName, mediaType, memoryCap, bytes.Length) };
        var stopwatch = Stopwatch.StartNew();
        process.Start();
        using var reply = new MemoryStream();
        var stdout = process.StandardOutput.BaseStream;
        var readReply = Task.Run(() => CopyCapped(stdout, reply, replyCap));
        var readErrors = process.StandardError.ReadToEndAsync();
        var writeInput = Task.Run(async () =>
        {
            // The child may die before reading everything (a bomb in the header): a broken pipe is not our error.
            try { await process.StandardInput.BaseStream.WriteAsync(bytes); process.StandardInput.Close(); }
            catch (IOException) { }
        });

        var timeout = TimeSpan.FromSeconds(limits.ReadTimeoutSeconds);
        while (!process.WaitForExit(Poll))
        {
            if (stopwatch.Elapsed > timeout)
                throw Killed(process, FailureReason.ParseTimeout, $"Reading took longer than {limits.ReadTimeoutSeconds} s; the reader was stopped.");
            if (ResidentBytes(process.Id) > memoryCap || readReply.IsCompleted && !readReply.Result)
                throw Killed(process, FailureReason.ParseMemory, $"Reading needed more than {limits.ReadMemoryMegabytes} MB; the reader was stopped.");
        }
        process.WaitForExit();
        writeInput.Wait();
        if (!readReply.Result)
            throw new DocumentRejectedException(FailureReason.ParseMemory, "The reader's output passed its cap.");
        var exit = process.ExitCode;
        if (exit == ReadDocumentVerb.OutOfMemoryExit)
            throw new DocumentRejectedException(FailureReason.ParseMemory, $"Reading needed more than {limits.ReadMemoryMegabytes} MB of heap.");
        if (exit == ReadDocumentVerb.InternalErrorExit)
            throw new InvalidOperationException($"The reader process failed: {readErrors.Result.Trim()}");
        if (exit != 0 || reply.Length == 0)
            throw new DocumentRejectedException(FailureReason.Corrupt, $"The reader process crashed on the document (exit code {exit}).");
        return ReaderReply.Parse(reply.GetBuffer().AsSpan(0, (int)reply.Length)).ToDocument();
    }

    private ProcessStartInfo StartInfo(string fileName, string? mediaType, long memoryCap, int length)
    {
        var info = command.StartInfo();
        info.RedirectStandardInput = info.RedirectStandardOutput = info.RedirectStandardError = true;
        info.UseShellExecute = false;
        info.ArgumentList.Add(ReadDocumentVerb.Name);
        info.ArgumentList.Add("--max-bytes");
        info.ArgumentList.Add(limits.MaxBytes.ToString(CultureInfo.InvariantCulture));
        info.ArgumentList.Add("--length");
        info.ArgumentList.Add(length.ToString(CultureInfo.InvariantCulture));
        info.ArgumentList.Add("--max-pages");
        info.ArgumentList.Add(limits.MaxPages.ToString(CultureInfo.InvariantCulture));
        if (ocr is { Enabled: true })
        {
            info.ArgumentList.Add("--ocr");
            info.ArgumentList.Add(JsonSerializer.Serialize(ocr));
        }
        // Only the extension travels: the sniffer needs nothing more of a name that may be hostile.
        var extension = Path.GetExtension(fileName);
        if (extension.Length is > 1 and <= 10 && extension.Skip(1).All(char.IsAsciiLetterOrDigit))
        {
            info.ArgumentList.Add("--extension");
            info.ArgumentList.Add(extension);
        }
        if (!string.IsNullOrWhiteSpace(mediaType) && mediaType.Length <= 200 && mediaType.All(c => c is >= ' ' and <= '~'))
        {
            info.ArgumentList.Add("--media-type");
            info.ArgumentList.Add(mediaType);
        }
        info.Environment["DOTNET_GCHeapHardLimit"] = Math.Max(64L << 20, memoryCap - RuntimeReserveBytes).ToString("X", CultureInfo.InvariantCulture);
        info.Environment["DOTNET_gcServer"] = "0";
        info.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        return info;
    }

    private static DocumentRejectedException Killed(System.Diagnostics.Process process, FailureReason reason, string message)
    {
        try { process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { } // it exited on its own between the check and the kill: nothing to stop
        process.WaitForExit();
        return new DocumentRejectedException(reason, message);
    }

    /// <summary>Resident set of the child from /proc (Process.WorkingSet64 caches; this does not).</summary>
    private static long ResidentBytes(int pid)
    {
        try
        {
            var statm = File.ReadAllText($"/proc/{pid}/statm").Split(' ');
            return long.Parse(statm[1], CultureInfo.InvariantCulture) * Environment.SystemPageSize;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>Copies until the end or the cap; false when the cap was passed.</summary>
    private static bool CopyCapped(Stream from, Stream to, long cap)
    {
        var buffer = new byte[1 << 16];
        int n;
        while ((n = from.Read(buffer)) > 0)
        {
            if (to.Length + n > cap) return false;
            to.Write(buffer, 0, n);
        }
        return true;
    }
}
