namespace ContractIntel.Eval;

/// <summary>
/// One CUAD question: a (contract, category) pair, its gold answer texts (none when the contract lacks the
/// clause) and the predicted texts with their scores, best first, as a prediction file lists them.
/// </summary>
internal sealed record CuadQuestion(string Contract, string Category, IReadOnlyList<string> Answers, IReadOnlyList<(string Text, double Score)> Predictions);
