using ContractIntel.IntegrationTests.Infrastructure;
using Npgsql;

namespace ContractIntel.IntegrationTests.Persistence;

/// <summary>
/// Asks the running server what deploy/local/services.sh promises: fsync, full-page writes and data checksums
/// on. synchronous_commit is the one setting the test suite may relax (CONTRACTINTEL_PG_SYNC_COMMIT=off).
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class DurabilityTests(DatabaseFixture db)
{
    private async Task<string> SettingAsync(string name)
    {
        await using var conn = new NpgsqlConnection(db.OwnerConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT current_setting(@name)", conn);
        cmd.Parameters.AddWithValue("name", name);
        return (string)(await cmd.ExecuteScalarAsync())!;
    }

    [Theory]
    [InlineData("fsync")]
    [InlineData("full_page_writes")]
    [InlineData("data_checksums")]
    public async Task Server_RunsWithDurabilityOn(string setting) => Assert.Equal("on", await SettingAsync(setting));

    [Fact]
    public async Task Server_SynchronousCommit_IsWhatTheScriptWasAskedFor()
    {
        var requested = Environment.GetEnvironmentVariable("CONTRACTINTEL_PG_SYNC_COMMIT") is { Length: > 0 } v ? v : "on";
        Assert.Equal(requested, await SettingAsync("synchronous_commit"));
    }

    [Fact]
    public async Task Superuser_OverTcpWithoutItsPassword_IsRefused()
    {
        var builder = new NpgsqlConnectionStringBuilder(db.OwnerConnectionString) { Username = "postgres", Password = "not-the-password", Database = "postgres" };
        await using var conn = new NpgsqlConnection(builder.ConnectionString);

        var e = await Assert.ThrowsAsync<PostgresException>(() => conn.OpenAsync());

        Assert.Equal(PostgresErrorCodes.InvalidPassword, e.SqlState);
    }
}
