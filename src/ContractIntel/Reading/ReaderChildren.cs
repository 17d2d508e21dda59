using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Documents.Ocr;

namespace ContractIntel.Reading;

/// <summary>
/// Starts reader children, keeping one started in advance: the child's start-up (the runtime, then compiling the
/// parser's code on <see cref="WarmUpDocument"/>) happens while the current document is still being read or scored,
/// not while the next one waits. Each child still reads exactly one document and exits; only the moment it starts
/// moves. A custom command (the tests' hanging, crashing or growing stand-ins) is started per document, never ahead.
/// </summary>
internal sealed class ReaderChildren(ExtractionLimits limits, ReaderCommand command, OcrOptions? ocr) : IDisposable
{
    // The runtime itself (code, JIT, stacks) lives outside the GC heap; this much of the cap is left for it.
    private const long RuntimeReserveBytes = 160L * 1024 * 1024;

    private System.Diagnostics.Process? _spare;
    private volatile bool _disposed;
    private long _expected = long.MaxValue;
    private int _startsAhead;

    public long MemoryCap => (long)limits.ReadMemoryMegabytes * 1024 * 1024;

    /// <summary>At most this many more documents will be read (a batch that knows its size): no child is started ahead for none.</summary>
    public void ExpectAtMost(int documents) => Interlocked.Exchange(ref _expected, documents);

    /// <summary>How many times a child was started ahead of a document (for tests).</summary>
    public int StartsAhead => Volatile.Read(ref _startsAhead);

    /// <summary>A started child waiting for its header on stdin; the caller owns (and disposes) it.</summary>
    public System.Diagnostics.Process Take()
    {
        if (command.IsCustom) return Start(warmUp: false);
        var spare = Interlocked.Exchange(ref _spare, null);
        // Its own thread: starting a process blocks, and the pool's threads are held by callers blocked in Read.
        if (Interlocked.Decrement(ref _expected) > 0)
        {
            Interlocked.Increment(ref _startsAhead);
            _ = Task.Factory.StartNew(Refill, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
        if (spare is not null && !spare.HasExited) return spare;
        spare?.Dispose();
        return Start(warmUp: false);
    }

    private void Refill()
    {
        if (_disposed || Volatile.Read(ref _spare) is not null) return;
        var child = Start(warmUp: true);
        if (_disposed || Interlocked.CompareExchange(ref _spare, child, null) is not null) Stop(child);
    }

    private System.Diagnostics.Process Start(bool warmUp)
    {
        var process = new System.Diagnostics.Process { StartInfo = StartInfo(warmUp) };
        process.Start();
        return process;
    }

    private ProcessStartInfo StartInfo(bool warmUp)
    {
        var info = command.StartInfo();
        info.RedirectStandardInput = info.RedirectStandardOutput = info.RedirectStandardError = true;
        info.UseShellExecute = false;
        info.ArgumentList.Add(ReadDocumentVerb.Name);
        info.ArgumentList.Add("--max-bytes");
        info.ArgumentList.Add(limits.MaxBytes.ToString(CultureInfo.InvariantCulture));
        info.ArgumentList.Add("--max-pages");
        info.ArgumentList.Add(limits.MaxPages.ToString(CultureInfo.InvariantCulture));
        if (warmUp) info.ArgumentList.Add("--warm-up");
        if (ocr is { Enabled: true })
        {
            info.ArgumentList.Add("--ocr");
            info.ArgumentList.Add(JsonSerializer.Serialize(ocr, ReaderSettingsJson.Default.OcrOptions));
        }
        info.Environment["DOTNET_GCHeapHardLimit"] = Math.Max(64L << 20, MemoryCap - RuntimeReserveBytes).ToString("X", CultureInfo.InvariantCulture);
        info.Environment["DOTNET_gcServer"] = "0";
        info.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        // A child lives for one document: tiered PGO's instrumented tier only pays in a long-running process. Tiered
        // compilation stays on whatever the parent runs with: the precompiled parser starts at once and the rest is
        // compiled quickly (measured per 9-33-page PDF: 0.22-0.29 s of CPU with it, 0.28-0.36 s without).
        info.Environment["DOTNET_TieredPGO"] = "0";
        info.Environment["DOTNET_TieredCompilation"] = "1";
        return info;
    }

    /// <summary>The header for one document: only the extension travels (the sniffer needs nothing more of a name that may be hostile).</summary>
    public static ReaderHeader Header(int length, string fileName, string? mediaType)
    {
        var extension = Path.GetExtension(fileName);
        var safeExtension = extension.Length is > 1 and <= 10 && extension.Skip(1).All(char.IsAsciiLetterOrDigit) ? extension : "";
        var safeType = !string.IsNullOrWhiteSpace(mediaType) && mediaType.Length <= 200 && mediaType.All(c => c is >= ' ' and <= '~') ? mediaType.Trim() : "";
        return new ReaderHeader(length, safeExtension, safeType);
    }

    private static void Stop(System.Diagnostics.Process child)
    {
        try { child.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { } // it had exited already
        child.WaitForExit();
        child.Dispose();
    }

    public void Dispose()
    {
        _disposed = true;
        if (Interlocked.Exchange(ref _spare, null) is { } spare) Stop(spare);
    }
}
