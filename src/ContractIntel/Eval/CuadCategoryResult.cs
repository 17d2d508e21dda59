namespace ContractIntel.Eval;

/// <summary>One category's CUAD figures (fractions in [0, 1]); null where the evaluated contracts have no gold clause.</summary>
internal sealed record CuadCategoryResult(
    string Category, int GoldClauses, int ContractsWithClause, double? Aupr, double? PrecisionAt80Recall, double? PrecisionAt90Recall,
    double PresencePrecision, double PresenceRecall, double PresenceF1);
