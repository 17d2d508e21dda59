namespace ContractIntel.Extraction.Inference;

/// <summary>What a run records about each model it used. <see cref="Sha256"/> is the artifact's hash.</summary>
public sealed record ModelIdentity(string Name, string Version, string Task, string Sha256, string Precision, string Device);
