using ContractIntel.Contracts;

namespace ContractIntel.Messaging.Submission;

/// <param name="ClaimCheck">Send the bytes through the claim-check repository instead of the inbox folder.</param>
public sealed record SubmitSettings(string SubmittedBy, string Kind = DocumentKinds.Auto, string? Matter = null, bool ClaimCheck = false);
