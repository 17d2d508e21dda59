namespace ContractIntel.Extraction.Documents;

/// <summary>Permanent reasons a document cannot be processed; retrying the same bytes cannot help.</summary>
public enum FailureReason
{
    Encrypted,
    Corrupt,
    Empty,
    NoTextLayer,
    UnsupportedMediaType,
    TooLarge,
    TooManyPages,

    /// <summary>More sentences than <see cref="ExtractionLimits.MaxSentences"/>: refused before any model runs.</summary>
    TooManySentences,

    /// <summary>A page needs OCR and Tesseract (or pdftoppm, or its language data) is not installed.</summary>
    OcrUnavailable,

    /// <summary>Every page needed OCR and OCR failed on each (time limit, crash); the page failures say which.</summary>
    OcrFailed,
    /// <summary>Reading the bytes ran past the wall-time limit (the isolated reader was killed).</summary>
    ParseTimeout,
    /// <summary>Reading the bytes needed more memory than the reader's cap (a decompression bomb, a heap blow-up).</summary>
    ParseMemory,
}

public static class FailureReasonCodes
{
    /// <summary>The stable snake_case code stored in the database and sent in events.</summary>
    public static string ToCode(this FailureReason reason) => reason switch
    {
        FailureReason.Encrypted => "encrypted",
        FailureReason.Corrupt => "corrupt",
        FailureReason.Empty => "empty",
        FailureReason.NoTextLayer => "no_text_layer",
        FailureReason.UnsupportedMediaType => "unsupported_media_type",
        FailureReason.TooLarge => "too_large",
        FailureReason.TooManyPages => "too_many_pages",
        FailureReason.TooManySentences => "too_many_sentences",
        FailureReason.OcrUnavailable => "ocr_unavailable",
        FailureReason.OcrFailed => "ocr_failed",
        FailureReason.ParseTimeout => "parse_timeout",
        FailureReason.ParseMemory => "parse_memory",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}

