using System.CommandLine;
using ContractIntel.Hosting;
using ContractIntel.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContractIntel.Commands;

/// <summary><c>contractintel audit verify|checkpoint</c>: the tamper-evident hash chain.</summary>
public static class AuditCommand
{
    public static Command Create() => new("audit", "Verify the audit hash chain and the rows it seals, or print/append its head.")
    {
        AuditVerifyCommand.Create(),
        AuditCheckpointCommand.Create(),
    };

    /// <summary>The auditor's connection when one is configured (read rights are all audit needs), else the worker's.</summary>
    public static string ReadConnection(ParseResult parse)
    {
        var builder = CommonOptions.CreateBuilder(parse);
        builder.Services.AddDatabaseOptions();
        using var host = builder.BuildValidated();
        var options = host.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        return string.IsNullOrWhiteSpace(options.AuditorConnectionString) ? options.ConnectionString : options.AuditorConnectionString;
    }
}
