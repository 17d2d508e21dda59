using System.Text.Json;
using System.Text.Json.Serialization;
using ContractIntel.Extraction.Documents;

namespace ContractIntel.Reading;

/// <summary>
/// What the reader process writes on stdout: one line of JSON (media type and page map, or the reason it rejected
/// the bytes), then the text as UTF-8 to the end. The text stays out of the JSON so neither side holds an escaped
/// copy of a 50 MB document.
/// </summary>
public sealed record ReaderReply
{
    [JsonPropertyName("media_type")] public string? MediaType { get; init; }
    [JsonIgnore] public string? Text { get; init; }
    /// <summary>Each page with its range and, for a page that needed OCR, its source, confidence, words and failure.</summary>
    [JsonPropertyName("pages")] public PageSpan[]? Pages { get; init; }
    [JsonPropertyName("tracked_changes")] public TrackedChanges? TrackedChanges { get; init; }
    [JsonPropertyName("reason")] public string? Reason { get; init; }
    [JsonPropertyName("message")] public string? Message { get; init; }

    public static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static ReaderReply From(DocumentText d) => new()
    {
        MediaType = d.MediaType, Text = d.Text, Pages = [.. d.Pages], TrackedChanges = d.TrackedChanges,
    };

    public static ReaderReply From(DocumentRejectedException e) => new() { Reason = e.Reason.ToCode(), Message = e.Message };

    public async Task WriteAsync(Stream stdout, CancellationToken ct)
    {
        await JsonSerializer.SerializeAsync(stdout, this, Options, ct);
        stdout.WriteByte((byte)'\n');
        if (Text is null) return;
        await using var writer = new StreamWriter(stdout, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
        for (var at = 0; at < Text.Length; at += 1 << 16)
            await writer.WriteAsync(Text.AsMemory(at, Math.Min(1 << 16, Text.Length - at)), ct);
    }

    public static ReaderReply Parse(ReadOnlySpan<byte> reply)
    {
        var newline = reply.IndexOf((byte)'\n');
        if (newline < 0)
            throw new InvalidOperationException("The reader process replied without a header line.");
        var header = JsonSerializer.Deserialize<ReaderReply>(reply[..newline], Options)
            ?? throw new InvalidOperationException("The reader process replied null.");
        return header.Reason is null ? header with { Text = System.Text.Encoding.UTF8.GetString(reply[(newline + 1)..]) } : header;
    }

    /// <summary>The document, or the child's rejection rethrown in this process.</summary>
    public DocumentText ToDocument()
    {
        if (Reason is not null)
        {
            var reason = Enum.GetValues<FailureReason>().FirstOrDefault(r => r.ToCode() == Reason, FailureReason.Corrupt);
            throw new DocumentRejectedException(reason, Message ?? Reason);
        }
        if (Text is null || MediaType is null || Pages is null)
            throw new InvalidOperationException("The reader process replied without text, media type or pages.");
        return new DocumentText(Text, Pages, MediaType) { TrackedChanges = TrackedChanges };
    }
}
