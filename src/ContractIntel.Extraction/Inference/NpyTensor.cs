namespace ContractIntel.Extraction.Inference;

/// <summary>A float tensor read from a .npy entry: row-major (C order) data and its shape.</summary>
public sealed record NpyTensor(string Name, int[] Shape, float[] Data);
