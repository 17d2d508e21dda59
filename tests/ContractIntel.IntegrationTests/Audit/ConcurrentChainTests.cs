using ContractIntel.Data.Audit;
using ContractIntel.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContractIntel.IntegrationTests.Audit;

[Collection(DatabaseCollection.Name)]
public sealed class ConcurrentChainTests(DatabaseFixture db) : DatabaseTest(db)
{
    [Fact]
    public async Task TwoWorkersRecordingAtOnce_LeaveOneUnbrokenChain()
    {
        const int perWorker = 12;
        async Task Worker(string name)
        {
            var recorder = Db.Recorder();
            for (var i = 0; i < perWorker; i++)
            {
                // Every third document is shared by both workers: they also contend for its version numbers.
                var bytes = SampleResults.Bytes(i % 3 == 0 ? $"shared-{i}" : $"{name}-{i}");
                await recorder.RecordAsync(SampleResults.Request(), bytes, SampleResults.Succeeded(bytes), default);
            }
        }

        await Task.WhenAll(Task.Run(() => Worker("w1")), Task.Run(() => Worker("w2")));

        await using var auditor = Db.Auditor();
        var report = await new AuditVerifier(auditor).VerifyAsync(VerifyScope.All, [], default);
        Assert.True(report.Intact, string.Join("\n", report.Problems));
        Assert.Equal((2 * perWorker, 2L * perWorker * 6), (report.RunsChecked, report.Events));
        Assert.Equal(Enumerable.Range(1, 2 * perWorker * 6).Select(i => (long)i), await auditor.AuditEvents.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());
        var shared = await auditor.Runs.GroupBy(r => r.DocumentId).Where(g => g.Count() > 1).Select(g => g.Select(r => r.Version).OrderBy(v => v).ToList()).ToListAsync();
        Assert.Equal(perWorker / 3, shared.Count);
        Assert.All(shared, versions => Assert.Equal([1, 2], versions));
        // Each run's events are contiguous: the chain lock covers the whole append.
        var order = await auditor.AuditEvents.OrderBy(e => e.Sequence).Select(e => e.RunId).ToListAsync();
        Assert.Equal(2 * perWorker, order.Where((r, i) => i == 0 || order[i - 1] != r).Count());
    }
}
