using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ContractIntel.Data.Audit;

/// <summary>
/// The canonical form of each stored row of an <see cref="AuditedTables">audited table</see>: every column of its
/// entity type in the EF model, keyed by column name, except the few the table lists as not hashed. The recorder
/// hashes it before inserting; <c>audit verify</c> rebuilds it from what it reads back, so any changed column changes
/// the hash, and a column added to an entity is hashed without anyone listing it.
/// </summary>
public static class RowCanonical
{
    private static readonly Lazy<FrozenDictionary<Type, CanonicalShape>> Shapes = new(() => Build(ContractIntelDatabase.DesignModel));

    public static CanonicalJson Of(object row) => ShapeOf(row.GetType()).Of(row);

    /// <summary>Sets the row's hash from its canonical form; returns the row.</summary>
    public static T Hashed<T>(T row) where T : class, IAuditedRow
    {
        row.RowHash = AuditHasher.Row(Of(row));
        return row;
    }

    /// <summary>The columns of an audited entity type that its canonical form carries (when set).</summary>
    public static IReadOnlyList<string> Columns(Type entityType) => ShapeOf(entityType).Columns.Select(c => c.Name).ToList();

    private static CanonicalShape ShapeOf(Type type)
        => Shapes.Value.TryGetValue(type, out var shape) ? shape : throw new ArgumentException($"{type.Name} is not an audited table.", nameof(type));

    internal static FrozenDictionary<Type, CanonicalShape> Build(IModel model)
        => AuditedTables.All.ToFrozenDictionary(t => t.EntityType, t => CanonicalShape.From(model, t));
}
