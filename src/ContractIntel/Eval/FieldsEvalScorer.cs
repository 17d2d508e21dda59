using ContractIntel.Extraction.Fields;
using ContractIntel.Extraction.Inference;

namespace ContractIntel.Eval;

/// <summary>
/// Compares one contract's extracted fields and clause findings with its master_clauses.csv row and keeps the
/// tallies: exact match per field after normalisation (an empty gold answer is right only when the field is
/// absent), party-name F1 pooled over contracts, and Yes/No presence accuracy per clause column.
/// </summary>
internal sealed class FieldsEvalScorer
{
    private static readonly (string Field, string Category)[] FieldColumns =
    [
        (FieldNames.GoverningLaw, "Governing Law"), (FieldNames.AgreementDate, "Agreement Date"),
        (FieldNames.EffectiveDate, "Effective Date"), (FieldNames.ExpirationDate, "Expiration Date"),
        (FieldNames.RenewalTerm, "Renewal Term"), (FieldNames.NoticePeriodToTerminateRenewal, "Notice Period To Terminate Renewal"),
    ];

    // Columns whose answers are not Yes/No; every other category pair in the header is a presence column.
    private static readonly HashSet<string> NotPresence = new(StringComparer.OrdinalIgnoreCase)
    {
        "Document Name", "Parties", "Agreement Date", "Effective Date", "Expiration Date", "Renewal Term",
        "Notice Period To Terminate Renewal", "Governing Law",
    };

    private readonly Dictionary<string, FieldsEvalScore> _fields = FieldColumns.ToDictionary(c => c.Field, _ => new FieldsEvalScore());
    private readonly SortedDictionary<string, FieldsEvalScore> _presence = new(StringComparer.Ordinal);
    private readonly List<string> _presenceColumns;
    private int _partyTp, _partyFp, _partyFn, _partyContracts;
    private string _last = "";

    public FieldsEvalScorer(IEnumerable<string> header)
    {
        var columns = header.ToHashSet(StringComparer.Ordinal);
        _presenceColumns = columns.Where(c => !IsAnswerColumn(c) && !NotPresence.Contains(c) && c != "Filename" && AnswerColumn(columns, c) is not null).Order(StringComparer.Ordinal).ToList();
        foreach (var c in _presenceColumns) _presence[c] = new FieldsEvalScore();
    }

    public void Add(IReadOnlyDictionary<string, string> record, IReadOnlyList<ExtractedField> fields, IReadOnlyList<ClauseFinding> findings)
    {
        var wrong = new List<string>();
        foreach (var (field, category) in FieldColumns)
        {
            var gold = Answer(record, category).Trim();
            var predicted = fields.FirstOrDefault(f => f.Name == field)?.Value;
            var successive = fields.Any(f => f.Name == FieldNames.RenewalTermSuccessive);
            var correct = gold.Length == 0
                ? predicted is null
                : field switch
                {
                    FieldNames.GoverningLaw => FieldsEvalAnswers.PlaceMatches(gold, predicted),
                    FieldNames.RenewalTerm => FieldsEvalAnswers.RenewalMatches(gold, predicted, successive),
                    FieldNames.NoticePeriodToTerminateRenewal => FieldsEvalAnswers.DurationMatches(gold, predicted),
                    _ => FieldsEvalAnswers.DateMatches(gold, predicted),
                };
            _fields[field].Add(gold.Length > 0, predicted is not null, correct);
            if (!correct) wrong.Add(field);
        }

        var goldParties = FieldsEvalAnswers.Parties(Answer(record, "Parties"));
        var predictedParties = fields.Where(f => f.Name == FieldNames.Party).Select(f => FieldsEvalAnswers.PartyName(f.Value)).Where(p => p.Length > 0).ToList();
        var tp = 0;
        var unmatched = new List<string>(goldParties);
        foreach (var p in predictedParties)
        {
            var i = unmatched.IndexOf(p);
            if (i < 0) continue;
            tp++;
            unmatched.RemoveAt(i);
        }
        _partyTp += tp;
        _partyFp += predictedParties.Count - tp;
        _partyFn += goldParties.Count - tp;
        _partyContracts++;

        var found = findings.Select(f => Key(f.Category)).ToHashSet(StringComparer.Ordinal);
        foreach (var column in _presenceColumns)
        {
            var gold = Answer(record, column).Trim();
            if (!gold.Equals("yes", StringComparison.OrdinalIgnoreCase) && !gold.Equals("no", StringComparison.OrdinalIgnoreCase)) continue;
            var goldYes = gold.Equals("yes", StringComparison.OrdinalIgnoreCase);
            var predictedYes = found.Contains(Key(column));
            _presence[column].Add(goldYes, predictedYes, goldYes == predictedYes);
        }
        _last = $"  {FieldsEval.ContractId(record)}: parties {tp}/{goldParties.Count} gold, {predictedParties.Count} predicted; wrong: {(wrong.Count == 0 ? "none" : string.Join(", ", wrong))}";
    }

    /// <summary>A line for --verbose: which fields were wrong, never the values.</summary>
    public string LastLine(string id) => _last;

    public Dictionary<string, object> FieldsJson() => _fields.ToDictionary(kv => kv.Key, kv => kv.Value.ToJson());

    public Dictionary<string, object?> PartiesJson()
    {
        double? precision = _partyTp + _partyFp == 0 ? null : (double)_partyTp / (_partyTp + _partyFp);
        double? recall = _partyTp + _partyFn == 0 ? null : (double)_partyTp / (_partyTp + _partyFn);
        double? f1 = precision is > 0 && recall is > 0 ? 2 * precision * recall / (precision + recall) : precision is null || recall is null ? null : 0;
        return new()
        {
            ["n"] = _partyContracts, ["gold_names"] = _partyTp + _partyFn, ["predicted_names"] = _partyTp + _partyFp, ["matched"] = _partyTp,
            ["precision"] = Round(precision), ["recall"] = Round(recall), ["f1"] = Round(f1),
        };
    }

    public Dictionary<string, object> PresenceJson() => _presence.ToDictionary(kv => kv.Key, kv => kv.Value.ToJson());

    public double? PresenceMean()
    {
        var scored = _presence.Values.Where(s => s.N > 0).ToList();
        return scored.Count == 0 ? null : Math.Round(scored.Average(s => (double)s.Correct / s.N), 4);
    }

    private static double? Round(double? v) => v is null ? null : Math.Round(v.Value, 4);

    private static bool IsAnswerColumn(string c) => c.EndsWith("-Answer", StringComparison.Ordinal) || c.EndsWith("- Answer", StringComparison.Ordinal);

    private static string? AnswerColumn(HashSet<string> columns, string category) =>
        columns.Contains(category + "-Answer") ? category + "-Answer" : columns.Contains(category + "- Answer") ? category + "- Answer" : null;

    /// <summary>The "-Answer" cell of a category; "Notice Period To Terminate Renewal- Answer" is spelled with a space.</summary>
    internal static string Answer(IReadOnlyDictionary<string, string> record, string category) =>
        record.TryGetValue(category + "-Answer", out var a) ? a : record.TryGetValue(category + "- Answer", out var b) ? b : "";

    // Finding categories and column names compared without case, spaces or punctuation ("Non-Compete" = "non compete").
    private static string Key(string category) => new(category.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
