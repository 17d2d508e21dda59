namespace ContractIntel.Extraction.Fields;

/// <summary>
/// A term the contract defines in a parenthesis: <c>("Company")</c>, <c>(the "Agreement")</c>,
/// <c>(“Licensor”)</c>. <see cref="Start"/>..<see cref="End"/> is the parenthesis, <see cref="TermStart"/>..
/// <see cref="TermEnd"/> the term inside the quotes.
/// </summary>
public sealed record DefinedTerm(int Start, int End, string Term, int TermStart, int TermEnd);
