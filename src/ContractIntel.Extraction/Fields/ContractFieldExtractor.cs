using System.Globalization;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Inference;
using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Extraction.Fields;

/// <summary>
/// Extracts parties, dates, governing law, term, renewal and notice fields from a contract, plus every amount of
/// money, percentage and defined term as evidence-carrying mentions. Rules only, no model: the clause findings
/// are a hint for which sentence to read first (a "Governing Law" finding), never required. A field the
/// contract does not state is absent, not guessed. Every field's <c>Raw</c> is <c>Text[Start..End]</c>.
/// </summary>
public sealed class ContractFieldExtractor
{
    /// <summary>Bumped when any rule changes, so stored fields say which rules produced them.</summary>
    public const string Version = "1.0.0";

    private readonly PartyExtractor _parties = new();
    private readonly AgreementDatesExtractor _dates = new();
    private readonly TermExtractor _term = new();
    private readonly GoverningLawExtractor _law = new();
    private readonly MoneyExtractor _money = new();
    private readonly PercentExtractor _percent = new();
    private readonly DefinedTermExtractor _terms = new();

    public IReadOnlyList<ExtractedField> Extract(DocumentText document, IReadOnlyList<Segment> segments, IReadOnlyList<ClauseFinding> clauses)
    {
        var text = document.Text;
        var fields = new List<ExtractedField>();
        fields.AddRange(_parties.Extract(document));
        var dates = _dates.Extract(document);
        fields.AddRange(dates);
        var effective = dates.FirstOrDefault(f => f.Name == FieldNames.EffectiveDate) ?? dates.FirstOrDefault(f => f.Name == FieldNames.AgreementDate);
        fields.AddRange(_term.Extract(document, clauses, ParseIso(effective?.Value)));
        fields.AddRange(_law.Extract(document, clauses));
        foreach (var m in _money.Find(text))
            fields.Add(new(FieldNames.Amount, m.Value, text[m.Start..m.End], document.PageAt(m.Start), m.Start, m.End, 0.9, MoneyExtractor.Name, MoneyExtractor.Version));
        foreach (var p in _percent.Find(text))
            fields.Add(new(FieldNames.Percentage, p.Percent.ToString(CultureInfo.InvariantCulture), text[p.Start..p.End], document.PageAt(p.Start), p.Start, p.End, 0.9, PercentExtractor.Name, PercentExtractor.Version));
        foreach (var t in _terms.Find(text))
            fields.Add(new(FieldNames.DefinedTerm, t.Term, text[t.TermStart..t.TermEnd], document.PageAt(t.TermStart), t.TermStart, t.TermEnd, 0.9, DefinedTermExtractor.Name, DefinedTermExtractor.Version));
        return fields;
    }

    private static DateMention? ParseIso(string? iso) =>
        iso is { Length: 10 } && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? new DateMention(0, 0, d.Year, d.Month, d.Day)
            : null;
}
