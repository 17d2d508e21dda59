using System.Diagnostics;
using System.Globalization;
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
/// the document's) throws <see cref="InvalidOperationException"/>, so it is retried and stays visible. The next
/// child is started and warmed up while the current document is processed (<see cref="ReaderChildren"/>); the caps
/// and the clock apply from the moment a child gets its document.
/// </summary>
/// <param name="ocr">OCR settings passed to the child (scanned pages are OCR'd there); null: OCR off.</param>
public sealed class IsolatedDocumentReader(ExtractionLimits limits, ReaderCommand command, OcrOptions? ocr = null) : IDocumentReader, IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    private readonly ReaderChildren _children = new(limits, command, ocr);

    public DocumentText Read(ReadOnlyMemory<byte> bytes, string fileName, string? mediaType)
    {
        var memoryCap = _children.MemoryCap;
        // The reply is the text as UTF-8 plus a page map: a few times the input at most; more than this is a bomb.
        var replyCap = Math.Max(64L << 20, limits.MaxBytes * 4);
        using var process = _children.Take();
        var stopwatch = Stopwatch.StartNew();
        using var reply = new MemoryStream();
        var stdout = process.StandardOutput.BaseStream;
        // The pipes are served by threads of their own, not the thread pool: the callers (the worker's consumers) block
        // in this method, and pipe I/O queued behind them waited for the pool to grow, about a second at a time
        // (measured: one-page reads of 1,045 ms among reads of 54-140 ms).
        var readReply = Dedicated(() => CopyCapped(stdout, reply, replyCap));
        var readErrors = Dedicated(() => process.StandardError.ReadToEnd());
        var header = ReaderChildren.Header(bytes.Length, fileName, mediaType).ToBytes();
        var writeInput = Dedicated(() =>
        {
            // The child may die before reading everything (a bomb in the header): a broken pipe is not our error.
            try
            {
                var stdin = process.StandardInput.BaseStream;
                stdin.Write(header);
                stdin.Write(bytes.Span);
                process.StandardInput.Close();
            }
            catch (IOException) { }
            return true;
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

    private static Task<T> Dedicated<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>
    /// Tells the reader that at most <paramref name="documents"/> more will come (<c>process</c> knows its files), so
    /// no child is started ahead of a document that never comes; without it (the worker) one always waits.
    /// </summary>
    public void ExpectAtMost(int documents) => _children.ExpectAtMost(documents);

    internal int StartsAhead => _children.StartsAhead;

    /// <summary>Stops the child started in advance, if one waits.</summary>
    public void Dispose() => _children.Dispose();

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
