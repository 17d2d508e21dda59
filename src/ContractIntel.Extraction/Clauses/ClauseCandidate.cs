namespace ContractIntel.Extraction.Clauses;

/// <summary>
/// A span that may answer a CUAD category: <see cref="Text"/> is the document text at <see cref="Start"/>..
/// <see cref="End"/> (UTF-16, end exclusive), <see cref="SegmentIndex"/> the classified sentence holding its
/// start. <see cref="Source"/> says how it was found (<see cref="CandidateSources"/>); <see cref="RawScore"/> is the
/// model's sigmoid for the category on the sentence or sentences the span lies in, before calibration.
/// </summary>
public sealed record ClauseCandidate(string Category, string Source, int SegmentIndex, int Page, int Start, int End, string Text, float RawScore);
