using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Extraction.Clauses;

/// <summary>One document's classified units, their raw scores (unit x category) and the candidate spans.</summary>
public sealed record ClauseCandidates(IReadOnlyList<Segment> Units, float[][] Scores, IReadOnlyList<ClauseCandidate> Candidates);
