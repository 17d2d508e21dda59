namespace ContractIntel.Data.Audit;

/// <summary>A row of an audited table: it carries the sha256 of its own canonical form (<see cref="RowCanonical"/>).</summary>
public interface IAuditedRow
{
    string RowHash { get; set; }
}
