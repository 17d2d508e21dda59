namespace ContractIntel.Viewer;

/// <summary>The database role the viewer connected as, checked read-only at start; every page says which.</summary>
public sealed record ViewerIdentity(string Role);
