using ContractIntel.Contracts;

namespace ContractIntel.Extraction.Pipeline;

public sealed class RunStatusJsonConverter() : CodeJsonConverter<RunStatus>(RunStatusCodes.Parse, RunStatusCodes.ToCode);
