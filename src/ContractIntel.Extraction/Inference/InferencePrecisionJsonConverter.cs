using ContractIntel.Contracts;

namespace ContractIntel.Extraction.Inference;

public sealed class InferencePrecisionJsonConverter()
    : CodeJsonConverter<InferencePrecision>(InferencePrecisionCodes.Parse, InferencePrecisionCodes.ToCode);
