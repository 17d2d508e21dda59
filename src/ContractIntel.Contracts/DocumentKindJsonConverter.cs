namespace ContractIntel.Contracts;

public sealed class DocumentKindJsonConverter() : CodeJsonConverter<DocumentKind>(DocumentKinds.Parse, DocumentKinds.ToCode);
