namespace ContractIntel.Extraction.Segmentation;

/// <summary>Words before a period that usually do not end a sentence in contracts and filings.</summary>
internal static class Abbreviations
{
    /// <summary>Never a sentence end: titles, months, Latin and address abbreviations.</summary>
    public static readonly HashSet<string> Never = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "St", "Mt", "Hon", "Rev", "Gen", "Capt", "Sgt", "Lt", "Col",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "e.g", "i.e", "viz", "cf", "vs", "v", "approx", "incl", "esp",
        "Ave", "Blvd", "Rd", "Ste", "Fl", "Bldg", "Dept", "Hwy", "Pkwy", "Ln", "Cir", "Ctr", "Intl", "Assn",
    };

    /// <summary>Not a sentence end before a number (No. 5, Sec. 2, Art. IV).</summary>
    public static readonly HashSet<string> BeforeNumber = new(StringComparer.OrdinalIgnoreCase)
    {
        "No", "Nos", "Sec", "Secs", "Art", "Arts", "Para", "Paras", "Sch", "Ex", "Exh", "Fig", "Ch", "Vol", "pp", "p", "Reg", "Rule", "Tel", "Fax", "Ph",
    };

    /// <summary>Company and place abbreviations: a sentence end only when a sentence-opening word follows.</summary>
    public static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc", "Corp", "Co", "Cos", "Ltd", "Llc", "L.L.C", "L.L.P", "L.P", "N.A", "P.C", "S.A", "N.V", "B.V", "S.p.A", "Pty", "Plc",
        "Bros", "Jr", "Sr", "Esq", "U.S", "U.S.A", "U.K", "E.U", "D.C", "a.m", "p.m",
    };

    /// <summary>Words that open a sentence, so "... Acme Inc. The parties ..." still splits.</summary>
    public static readonly HashSet<string> SentenceOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "This", "These", "That", "Those", "Each", "Any", "All", "In", "If", "Such", "Neither", "Either", "It", "Its",
        "Both", "Upon", "Notwithstanding", "Except", "Nothing", "Subject", "Without", "For", "As", "At", "On", "Unless",
        "When", "Where", "Whereas", "Now", "We", "You", "Our", "Your", "He", "She", "They", "There", "After", "Before",
        "During", "Following", "Pursuant", "Under", "With", "To", "No", "Effective", "From",
    };

    /// <summary>Words that label a single capital letter (Exhibit A.), which then may end a sentence.</summary>
    public static readonly HashSet<string> LetterLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "Exhibit", "Exhibits", "Schedule", "Schedules", "Annex", "Appendix", "Attachment", "Article", "Section", "Part", "Class",
        "Series", "Item", "Tranche", "Phase", "Plan", "Addendum", "Rider", "Note", "Table", "Form", "Option", "Type", "Grade",
        "Level", "Unit", "Building", "Clause", "Paragraph", "Subsection", "Category", "Group", "Zone", "Region", "Vitamin",
    };
}
