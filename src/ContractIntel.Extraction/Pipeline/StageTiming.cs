namespace ContractIntel.Extraction.Pipeline;

public sealed record StageTiming(string Stage, DateTimeOffset StartedAt, double Milliseconds);
