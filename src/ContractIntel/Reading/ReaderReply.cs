using System.Text.Json;
using System.Text.Json.Serialization;
using ContractIntel.Extraction.Documents;

namespace ContractIntel.Reading;

/// <summary>What the reader process writes on stdout: the text and page map, or the reason it rejected the bytes.</summary>
public sealed record ReaderReply
{
    [JsonPropertyName("media_type")] public string? MediaType { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
    /// <summary>Each page as [number, start, end].</summary>
    [JsonPropertyName("pages")] public int[][]? Pages { get; init; }
    [JsonPropertyName("reason")] public string? Reason { get; init; }
    [JsonPropertyName("message")] public string? Message { get; init; }

    public static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static ReaderReply From(DocumentText d) => new()
    {
        MediaType = d.MediaType, Text = d.Text, Pages = d.Pages.Select(p => new[] { p.Number, p.Start, p.End }).ToArray(),
    };

    public static ReaderReply From(DocumentRejectedException e) => new() { Reason = e.Reason.ToCode(), Message = e.Message };

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
        return new DocumentText(Text, Pages.Select(p => new PageSpan(p[0], p[1], p[2])).ToList(), MediaType);
    }
}
