using System.Text;
using ContractIntel.Data.Audit;
using ContractIntel.Data.Documents;
using ContractIntel.Data.Results;
using ContractIntel.Data.Runs;
using Microsoft.EntityFrameworkCore;

namespace ContractIntel.Data;

/// <summary>The unit of work: one schema, snake_case names, configurations next to their entities.</summary>
public sealed class ContractIntelDbContext(DbContextOptions<ContractIntelDbContext> options) : DbContext(options)
{
    public const string Schema = "contract_intel";

    public DbSet<StoredDocument> Documents => Set<StoredDocument>();
    public DbSet<ProcessingRun> Runs => Set<ProcessingRun>();
    public DbSet<RunModel> RunModels => Set<RunModel>();
    public DbSet<RunPage> Pages => Set<RunPage>();
    public DbSet<RunSegment> Segments => Set<RunSegment>();
    public DbSet<RunClauseFinding> ClauseFindings => Set<RunClauseFinding>();
    public DbSet<RunField> Fields => Set<RunField>();
    public DbSet<RunSentenceSentiment> SentenceSentiments => Set<RunSentenceSentiment>();
    public DbSet<RunDocumentSentiment> DocumentSentiments => Set<RunDocumentSentiment>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<RejectedMessage> RejectedMessages => Set<RejectedMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ContractIntelDbContext).Assembly);
        // snake_case for everything people type in psql; done here rather than with a naming-convention package.
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            foreach (var property in entity.GetProperties())
                property.SetColumnName(SnakeCase(property.Name));
            foreach (var key in entity.GetKeys().Where(k => k.IsPrimaryKey()))
                key.SetName($"pk_{table}");
            foreach (var index in entity.GetIndexes())
                index.SetDatabaseName($"ix_{table}_{string.Join('_', index.Properties.Select(p => SnakeCase(p.Name)))}");
            foreach (var fk in entity.GetForeignKeys())
                fk.SetConstraintName($"fk_{table}_{fk.PrincipalEntityType.GetTableName()}");
        }
    }

    internal static string SnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]))) sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
