namespace ContractIntel.Extraction.Documents;

/// <summary>Caps on one document. The reading caps apply to the isolated reader (a child process per document).</summary>
public sealed class ExtractionLimits
{
    public const string SectionName = "ContractIntel:Limits";

    public long MaxBytes { get; set; } = 50L * 1024 * 1024;
    public int MaxPages { get; set; } = 2000;

    /// <summary>
    /// Sentences (the units the models score) one document may have. The encoder's cost is linear in them, about
    /// 2-5 ms each on a CPU core, so this keeps a document's inference to minutes: 50,000 is about 2,000 dense
    /// contract pages, the page limit's worth, which a text or HTML file (one page, or a few) can otherwise pass.
    /// </summary>
    public int MaxSentences { get; set; } = 50_000;

    /// <summary>
    /// Wall-clock seconds the reader may take on one document before it is killed (parse_timeout). It covers OCR of
    /// a scanned document's pages (a few seconds each, every page also capped by Ocr:PageTimeoutSeconds), so it is
    /// well above what parsing alone needs, and well below the broker's 30-minute consumer timeout.
    /// </summary>
    public int ReadTimeoutSeconds { get; set; } = 600;

    /// <summary>Resident memory the reader process may reach before it is killed (parse_memory); its GC heap is capped below this.</summary>
    public int ReadMemoryMegabytes { get; set; } = 768;

    /// <summary>Read each document in a child process (the default). False reads in-process: for tests and tools only.</summary>
    public bool IsolateReading { get; set; } = true;
}
