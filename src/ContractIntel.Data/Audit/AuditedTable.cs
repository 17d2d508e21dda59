namespace ContractIntel.Data.Audit;

/// <summary>
/// What the EF model cannot say about a hashed table. <see cref="Key"/> names the table in seals, audit packs and
/// reports; it was the table's name when the first rows were sealed and stays fixed if the table is renamed, because
/// seals already recorded hash it. <see cref="NotHashed"/> maps each column left out of the canonical form to why.
/// <see cref="HashedWhenNull"/> lists the nullable columns that were in the form, as <c>null</c>, from the first
/// row on; every other nullable column joins the form only when it has a value, so a column added later leaves the
/// hashes of the rows recorded before it as they were.
/// </summary>
public sealed record AuditedTable(
    Type EntityType,
    string Key,
    IReadOnlyDictionary<string, string> NotHashed,
    IReadOnlySet<string> HashedWhenNull);
