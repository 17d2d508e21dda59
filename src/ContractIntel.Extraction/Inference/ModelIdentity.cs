namespace ContractIntel.Extraction.Inference;

/// <summary>
/// What a run records about each model it used. <see cref="Sha256"/> covers every file that decides an output
/// (manifest, weights, calibration: <see cref="ModelFiles.IdentitySha256"/>), not the weights alone.
/// </summary>
public sealed record ModelIdentity(string Name, string Version, string Task, string Sha256, InferencePrecision Precision, string Device);
