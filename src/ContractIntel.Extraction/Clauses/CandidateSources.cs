namespace ContractIntel.Extraction.Clauses;

/// <summary>How a candidate span was found; calibration is fitted per (category, source).</summary>
public static class CandidateSources
{
    /// <summary>One classified sentence (every category).</summary>
    public const string Sentence = "sentence";

    /// <summary>Two neighbouring sentences, for clauses that run over a sentence boundary.</summary>
    public const string Pair = "pair";

    /// <summary>The paragraph around a sentence, when it has more than one.</summary>
    public const string Paragraph = "paragraph";

    /// <summary>A short line near the top naming the kind of agreement (Document Name).</summary>
    public const string Title = "title";

    /// <summary>The first upper-case run ending in an agreement word, inside a line (Document Name).</summary>
    public const string TitleCaps = "title_caps";

    /// <summary>Part of a sentence between semicolons or enumeration marks ("(a)", "(ii)"), for clauses.</summary>
    public const string Part = "part";

    /// <summary>A later title line, or the name a "This ... Agreement" phrase gives (Document Name).</summary>
    public const string TitleMore = "title_more";

    /// <summary>The date the field rules chose as agreement, effective or expiration date.</summary>
    public const string FieldDate = "field_date";

    /// <summary>Any other date phrase (Agreement, Effective, Expiration Date).</summary>
    public const string Date = "date";

    /// <summary>A party name or a party's defined term from the preamble rules (Parties).</summary>
    public const string Party = "party";

    /// <summary>A party name with its definition, "Acme Inc. (the "Company")" (Parties).</summary>
    public const string PartyWithTerm = "party_with_term";

    /// <summary>The renewal or notice phrase the term rules chose (Renewal Term, Notice Period To Terminate Renewal).</summary>
    public const string FieldDuration = "field_duration";

    /// <summary>Any other duration phrase (Renewal Term, Notice Period To Terminate Renewal).</summary>
    public const string Duration = "duration";
}
