using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ContractIntel.Data.Audit;

/// <summary>One audited entity type's hashed columns, read from the EF model once.</summary>
internal sealed class CanonicalShape
{
    private CanonicalShape(IReadOnlyList<CanonicalColumn> columns) => Columns = columns;

    public IReadOnlyList<CanonicalColumn> Columns { get; }

    public static CanonicalShape From(IModel model, AuditedTable table)
    {
        var entity = model.FindEntityType(table.EntityType)
            ?? throw new InvalidOperationException($"{table.EntityType.Name} ({table.Key}) is not in the EF model.");
        var properties = entity.GetProperties().ToDictionary(p => p.GetColumnName(), StringComparer.Ordinal);
        foreach (var name in table.NotHashed.Keys.Concat(table.HashedWhenNull).Where(n => !properties.ContainsKey(n)))
            throw new InvalidOperationException($"{table.Key}: {name} is not a column of {entity.GetTableName()}.");
        var columns = properties
            .Where(p => !table.NotHashed.ContainsKey(p.Key))
            .Select(p => new CanonicalColumn(
                p.Key,
                p.Value.PropertyInfo ?? throw new InvalidOperationException($"{table.Key}.{p.Key} is a shadow property: it has no value to hash."),
                p.Value.GetValueConverter(),
                p.Value.GetColumnType() == "jsonb",
                table.HashedWhenNull.Contains(p.Key)))
            .ToList();
        return new CanonicalShape(columns);
    }

    public CanonicalJson Of(object row)
    {
        var json = new CanonicalJson();
        foreach (var c in Columns)
        {
            var value = c.Property.GetValue(row);
            if (value is null)
            {
                if (c.HashedWhenNull) json.Add(c.Name, null);
                continue;
            }
            if (c.Converter is not null) value = c.Converter.ConvertToProvider(value);
            json.Add(c.Name, c.Jsonb ? Parsed((string)value!) : value);
        }
        return json;
    }

    /// <summary>
    /// jsonb reorders keys and respaces what it stores, so a jsonb column is hashed as its parsed value (objects
    /// with sorted keys, numbers as double), not as text. Numbers read back as the same double because jsonb keeps
    /// their digits.
    /// </summary>
    private static object? Parsed(string text)
    {
        using var doc = JsonDocument.Parse(text);
        return Value(doc.RootElement);
    }

    private static object? Value(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().Aggregate(new CanonicalJson(), (o, p) => o.Add(p.Name, Value(p.Value))),
        JsonValueKind.Array => e.EnumerateArray().Select(Value).ToList(),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}

/// <param name="HashedWhenNull">In the form as <c>null</c> when it has no value; otherwise a null column is left out.</param>
internal sealed record CanonicalColumn(string Name, System.Reflection.PropertyInfo Property, ValueConverter? Converter, bool Jsonb, bool HashedWhenNull);
