using System.Text.RegularExpressions;
using ContractIntel.Contracts;
using ContractIntel.Extraction.Documents;
using ContractIntel.IntegrationTests.Infrastructure;
using Npgsql;

namespace ContractIntel.IntegrationTests.Persistence;

/// <summary>Every ```sql block of docs/sql.md runs, as the auditor, against the migrated schema with runs in it.</summary>
[Collection(DatabaseCollection.Name)]
public sealed partial class SqlDocsTests(DatabaseFixture db) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await db.ResetAsync();
        var recorder = db.Recorder();
        var contract = SampleResults.Bytes("docs");
        await recorder.RecordAsync(SampleResults.Request("msa.txt"), contract, SampleResults.Succeeded(contract), default);
        var v2 = SampleResults.Succeeded(contract, clauseScore: 0.6f);
        await recorder.RecordAsync(SampleResults.Request("msa.txt"), contract, v2 with { Clauses = v2.Clauses.Take(1).ToList() }, default);
        var filing = SampleResults.Bytes("FORM 10-K annual report");
        await recorder.RecordAsync(SampleResults.Request("10-k.htm"), filing, SampleResults.Succeeded(filing) with { Kind = DocumentKind.Filing, Clauses = [], Fields = [] }, default);
        var broken = "%PDF-1.5 no xref"u8.ToArray();
        await recorder.RecordAsync(SampleResults.Request("broken.pdf"), broken, SampleResults.Failed(broken, FailureReason.Corrupt, "no xref table"), default);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<int, string> Queries()
    {
        var data = new TheoryData<int, string>();
        var i = 0;
        foreach (Match m in SqlBlock().Matches(File.ReadAllText(DocsPath())))
            data.Add(++i, m.Groups[1].Value);
        return data;
    }

    [Fact]
    public void Docs_HaveAtLeastTenQueries() => Assert.True(Queries().Count >= 10, $"docs/sql.md has {Queries().Count} sql blocks");

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task DocumentedQuery_RunsAsTheAuditor(int number, string sql)
    {
        var rows = await RunAsAuditorAsync(sql);
        Assert.True(rows >= 0, $"query {number}");
    }

    [Fact]
    public async Task NewYorkChangeOfControlQuery_FindsTheSeededContractWithItsPages()
    {
        var query = Queries().Single(q => ((string)q[1]).Contains("'change of control'", StringComparison.Ordinal))[1];
        Assert.Equal(1, await RunAsAuditorAsync((string)query));
    }

    [Fact]
    public async Task DocumentFieldsView_FiltersByGoverningLawWithoutJson()
        => Assert.Equal(1, await RunAsAuditorAsync("SELECT file_name FROM document_fields WHERE governing_law = 'New York'"));

    [Fact]
    public async Task NegativeSentencesOfTheNewest10K_ComeFromTheFiling()
    {
        var query = (string)Queries().Single(q => ((string)q[1]).Contains("newest_10k", StringComparison.Ordinal))[1];
        Assert.Equal(1, await RunAsAuditorAsync(query));
    }

    /// <summary>Read-only transaction, rolled back: the number of rows the query returned.</summary>
    private async Task<int> RunAsAuditorAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(db.AuditorConnectionString);
        await conn.OpenAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await using (var ro = new NpgsqlCommand("SET TRANSACTION READ ONLY", conn, tx)) await ro.ExecuteNonQueryAsync();
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync()) rows++;
        return rows;
    }

    private static string DocsPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "docs", "sql.md");
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException("docs/sql.md not found above the test output folder.");
    }

    [GeneratedRegex(@"```sql\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();
}
