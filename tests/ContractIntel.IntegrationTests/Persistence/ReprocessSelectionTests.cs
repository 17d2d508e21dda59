using ContractIntel.Data.Runs;
using ContractIntel.IntegrationTests.Infrastructure;

namespace ContractIntel.IntegrationTests.Persistence;

[Collection(DatabaseCollection.Name)]
public sealed class ReprocessSelectionTests(DatabaseFixture db) : DatabaseTest(db)
{
    [Fact]
    public async Task WithModel_PicksDocumentsWhoseLatestRunUsedThatModelVersion()
    {
        var recorder = Db.Recorder();
        var oldModel = SampleResults.Succeeded(SampleResults.Bytes("old"));
        var upgraded = SampleResults.Bytes("upgraded");
        var purged = SampleResults.Bytes("purged");
        var newer = SampleResults.ClauseModel with { Version = "2.0.0" };
        var old = await recorder.RecordAsync(SampleResults.Request("old.txt"), SampleResults.Bytes("old"), oldModel, default);
        await recorder.RecordAsync(SampleResults.Request(), upgraded, SampleResults.Succeeded(upgraded), default);
        await recorder.RecordAsync(SampleResults.Request(), upgraded, SampleResults.Succeeded(upgraded) with { Models = [newer] }, default);
        var gone = await recorder.RecordAsync(SampleResults.Request(), purged, SampleResults.Succeeded(purged), default);
        await Db.ExecuteAsOwnerAsync($"SELECT contract_intel.purge_document('{gone.DocumentId}')");

        await using var read = Db.Worker();
        var picked = await ReprocessSelection.WithModelAsync(read, "cuad-minilm", "1.2.0", default);

        var only = Assert.Single(picked);
        Assert.Equal((old.DocumentId, "old.txt", "contract", "matter-7"), (only.DocumentId, only.FileName, only.RequestedKind, only.Matter));
        Assert.Single(await ReprocessSelection.WithModelAsync(read, "cuad-minilm", "2.0.0", default));
        Assert.Empty(await ReprocessSelection.ForDocumentAsync(read, gone.DocumentId, default));
        Assert.Single(await ReprocessSelection.ForDocumentAsync(read, old.DocumentId, default));
    }
}
