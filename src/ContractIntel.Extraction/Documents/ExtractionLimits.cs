namespace ContractIntel.Extraction.Documents;

public sealed class ExtractionLimits
{
    public const string SectionName = "ContractIntel:Limits";

    public long MaxBytes { get; set; } = 50L * 1024 * 1024;
    public int MaxPages { get; set; } = 2000;
}
