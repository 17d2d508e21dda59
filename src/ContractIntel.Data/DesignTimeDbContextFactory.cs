using Microsoft.EntityFrameworkCore.Design;

namespace ContractIntel.Data;

/// <summary>
/// For <c>dotnet ef</c>: adding a migration needs no server; <c>database update</c> and scripts use the owner
/// connection from <c>ContractIntel__Database__OwnerConnectionString</c>, or the documented local default.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ContractIntelDbContext>
{
    public ContractIntelDbContext CreateDbContext(string[] args)
        => ContractIntelDatabase.Open(
            Environment.GetEnvironmentVariable("ContractIntel__Database__OwnerConnectionString")
            ?? "Host=127.0.0.1;Port=15432;Database=contractintel;Username=contractintel_owner;Password=contractintel-owner-dev");
}
