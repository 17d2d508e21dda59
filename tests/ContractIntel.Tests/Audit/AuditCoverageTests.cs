using System.Text.Json;
using ContractIntel.Data;
using ContractIntel.Data.Audit;
using ContractIntel.Data.Runs;
using Microsoft.EntityFrameworkCore;

namespace ContractIntel.Tests.Audit;

/// <summary>
/// Walks the EF model: every mapped column of an audited table is in its rows' canonical form (so in their hash),
/// except the columns listed here with the reason they are left out; and every entity type is either an audited
/// table or listed here with the reason it is not.
/// </summary>
public sealed class AuditCoverageTests
{
    /// <summary>Left out of the hash on purpose. A new entry is a decision for review, made here and in AuditedTables.</summary>
    private static readonly Dictionary<string, string[]> NotHashed = new()
    {
        // row_hash: the hash of the form itself. content: the bytes (retention clears them; sha256 is hashed and
        // verify checks it against them). purged_at: written by the retention function after the seal; the purge is
        // its own audit event.
        ["documents"] = ["content", "purged_at", "row_hash"],
        ["processing_runs"] = ["row_hash"],
        ["run_models"] = ["row_hash"],
        ["pages"] = ["row_hash"],
        ["segments"] = ["row_hash"],
        ["findings"] = ["row_hash"],
        ["fields"] = ["row_hash"],
        ["sentence_scores"] = ["row_hash"],
        ["document_scores"] = ["row_hash"],
    };

    /// <summary>Entity types with no row hash, and why.</summary>
    private static readonly Dictionary<Type, string> Unaudited = new()
    {
        [typeof(AuditEvent)] = "the chain itself: each event's hash covers its canonical payload and the previous hash",
        [typeof(RejectedMessage)] = "no document and no run, so nothing to seal; append-only like every table",
    };

    public static TheoryData<string> Tables() => new(AuditedTables.All.Select(t => t.Key));

    [Theory]
    [MemberData(nameof(Tables))]
    public void EveryMappedColumn_IsInTheCanonicalForm(string key)
    {
        var table = AuditedTables.All.Single(t => t.Key == key);
        var entity = ContractIntelDatabase.DesignModel.FindEntityType(table.EntityType)!;
        var columns = entity.GetProperties().Select(p => p.GetColumnName()).ToHashSet(StringComparer.Ordinal);
        using var canonical = JsonDocument.Parse(RowCanonical.Of(AuditSampleRows.Full(table.EntityType)).ToString());
        var hashed = canonical.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        var missing = columns.Except(hashed).Except(NotHashed[key]).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0,
            $"{key} ({entity.GetTableName()}): column(s) {string.Join(", ", missing)} not in the canonical form of a row with every column set. " +
            "Set them in AuditSampleRows; if one must stay out of the hash, list it with its reason in AuditedTables and in this test.");
        Assert.Empty(hashed.Except(columns));
        Assert.Equal(NotHashed[key], table.NotHashed.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryEntityType_IsAuditedOrListedWithAReason()
    {
        foreach (var entity in ContractIntelDatabase.DesignModel.GetEntityTypes())
        {
            var audited = AuditedTables.All.Any(t => t.EntityType == entity.ClrType);
            var hasRowHash = entity.GetProperties().Any(p => p.GetColumnName() == "row_hash");
            Assert.True(audited == hasRowHash, $"{entity.GetTableName()}: has row_hash {hasRowHash}, audited {audited}");
            Assert.True(audited || Unaudited.ContainsKey(entity.ClrType), $"{entity.GetTableName()} is neither audited nor listed as unaudited");
        }
        Assert.Equal(NotHashed.Keys.Order(StringComparer.Ordinal), AuditedTables.All.Select(t => t.Key).Order(StringComparer.Ordinal));
    }
}
