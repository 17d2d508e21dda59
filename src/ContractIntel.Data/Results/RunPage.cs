using ContractIntel.Data.Audit;
using ContractIntel.Data.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractIntel.Data.Results;

/// <summary>One page of a run's normalised text: its character range and its text, so evidence reads back in SQL.</summary>
public sealed class RunPage : IAuditedRow
{
    public required Guid RunId { get; init; }
    public required int PageNumber { get; init; }
    public required int StartOffset { get; init; }
    public required int EndOffset { get; init; }
    public required string Text { get; init; }
    /// <summary><c>text_layer</c> or <c>ocr</c>; null only on rows written before OCR existed.</summary>
    public string? Source { get; init; }
    /// <summary>Tesseract's mean word confidence (0 to 100) on an OCR'd page.</summary>
    public double? OcrConfidence { get; init; }
    /// <summary>Why a page that needed OCR has none: ocr_timeout, ocr_failed, ocr_empty, ocr_disabled.</summary>
    public string? Failure { get; init; }
    /// <summary>OCR words as a jsonb array of <c>[start, end, left, top, width, height, confidence]</c> (document offsets, pixels at <c>ocr_dpi</c>).</summary>
    public string? OcrWords { get; init; }
    public int? OcrDpi { get; init; }
    public string RowHash { get; set; } = "";
}

internal sealed class RunPageConfiguration : IEntityTypeConfiguration<RunPage>
{
    public void Configure(EntityTypeBuilder<RunPage> b)
    {
        b.ToTable("pages");
        b.IsRowOfRun(p => new { p.RunId, p.PageNumber });
        b.Property(p => p.Source).HasMaxLength(16);
        b.Property(p => p.Failure).HasMaxLength(32);
        b.Property(p => p.OcrWords).HasColumnType("jsonb");
    }
}
