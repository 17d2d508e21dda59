using ContractIntel.Extraction.Documents.Ocr;

namespace ContractIntel.Extraction.Documents;

/// <summary>One page's character range in the document text: UTF-16 offsets, <see cref="End"/> exclusive.</summary>
public sealed record PageSpan(int Number, int Start, int End)
{
    /// <summary><see cref="PageSources.TextLayer"/> or <see cref="PageSources.Ocr"/>.</summary>
    public string Source { get; init; } = PageSources.TextLayer;

    /// <summary>Tesseract's mean word confidence (0 to 100) on an OCR'd page; null otherwise.</summary>
    public double? OcrConfidence { get; init; }

    /// <summary>A <see cref="PageFailures"/> code when the page needed OCR and got none; null otherwise.</summary>
    public string? Failure { get; init; }

    /// <summary>The OCR'd words with offsets into the document text (not the page); empty on a text-layer page.</summary>
    public IReadOnlyList<OcrWord> Words { get; init; } = [];

    /// <summary>The resolution the page was rendered at for OCR: word boxes are pixels at this resolution.</summary>
    public int? OcrDpi { get; init; }

    /// <summary>Value equality, the OCR'd words compared item by item (a record would compare the list by reference).</summary>
    public bool Equals(PageSpan? other) =>
        other is not null && Number == other.Number && Start == other.Start && End == other.End && Source == other.Source
        && OcrConfidence == other.OcrConfidence && Failure == other.Failure && OcrDpi == other.OcrDpi && Words.SequenceEqual(other.Words);

    public override int GetHashCode() => HashCode.Combine(Number, Start, End, Source, OcrConfidence, Failure, OcrDpi, Words.Count);
}
