using System.ComponentModel.DataAnnotations;

namespace ContractIntel.Persistence;

/// <summary>
/// The three connections, one per role: the worker writes (<see cref="ConnectionString"/>), the migrator owns
/// (<see cref="OwnerConnectionString"/>), the auditor reads (<see cref="AuditorConnectionString"/>).
/// </summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "ContractIntel:Database";

    [Required]
    public string ConnectionString { get; set; } = "";

    public string? OwnerConnectionString { get; set; }

    public string? AuditorConnectionString { get; set; }
}
