using System.Linq.Expressions;
using ContractIntel.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractIntel.Data.Runs;

/// <summary>
/// What every table of a run's many rows shares: a key under the run, the run it belongs to (Restrict: a run is
/// never deleted from under its rows) and the row's audit hash.
/// </summary>
internal static class RunRowConfiguration
{
    public static void IsRowOfRun<T>(this EntityTypeBuilder<T> b, Expression<Func<T, object?>> key)
        where T : class, IAuditedRow
    {
        b.HasKey(key);
        b.HasOne<ProcessingRun>().WithMany().HasForeignKey("RunId").OnDelete(DeleteBehavior.Restrict);
        b.Property(nameof(IAuditedRow.RowHash)).HasMaxLength(64);
    }
}
