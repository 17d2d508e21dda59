using System.Security.Cryptography;
using System.Text;
using ContractIntel.Hosting;
using ContractIntel.IntegrationTests.Infrastructure;
using ContractIntel.Messaging.Submission;
using ContractIntel.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ContractIntel.IntegrationTests.Messaging;

/// <summary>The submitter's side of <c>contractintel submit --wait</c>, in its own host, against the in-process worker.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class SubmitTests(DatabaseFixture database, WorkerFixture worker) : IClassFixture<WorkerFixture>, IAsyncLifetime
{
    private IHost? _submitter;

    public async Task InitializeAsync()
    {
        await database.ResetAsync();
        var builder = ContractIntelHost.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(worker.Overrides);
        builder.AddSubmission(listen: true);
        builder.AddPersistence();
        _submitter = builder.Build();
        await _submitter.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_submitter is null) return;
        await _submitter.StopAsync();
        _submitter.Dispose();
    }

    private async Task<IReadOnlyList<SubmissionRow>> SubmitAndWaitAsync(SubmitSettings settings, params string[] files)
    {
        var submitter = _submitter!.Services.GetRequiredService<DocumentSubmitter>();
        var sent = new List<(SubmittedDocument, Task<SubmissionOutcome>)>();
        foreach (var file in files)
            sent.Add(await submitter.SubmitAsync(file, settings, CancellationToken.None));
        var progress = new StringWriter();
        return await _submitter.Services.GetRequiredService<SubmissionWaiter>().WaitAsync(sent, TimeSpan.FromSeconds(90), progress, CancellationToken.None);
    }

    [Fact]
    public async Task Submit_FileOutsideTheInboxAndAClaimCheckedPdf_TableFromTheDatabase()
    {
        var outside = Path.Combine(worker.InboxRoot, "outside", "contract.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(outside)!);
        var bytes = Encoding.UTF8.GetBytes(File.ReadAllText(TestSamples.SmallTextContract()) + $"\nSubmit test {Guid.NewGuid():N}\n");
        await File.WriteAllBytesAsync(outside, bytes);
        var encrypted = TestSamples.HardCase("libreoffice-writer-password.pdf");

        var rows = await SubmitAndWaitAsync(new SubmitSettings("submit-test"), outside);
        var claimChecked = await SubmitAndWaitAsync(new SubmitSettings("submit-test", ClaimCheck: true), encrypted);

        var row = Assert.Single(rows);
        Assert.Equal(("contract.txt", "succeeded", 1), (row.File, row.Status, row.RunVersion));
        Assert.True(row.Pages > 0 && row.Segments > 0, $"pages {row.Pages}, segments {row.Segments}");
        var failed = Assert.Single(claimChecked);
        Assert.Equal(("failed", "encrypted", 1), (failed.Status, failed.Reason, failed.RunVersion));
        // Retention: once the runs are committed the database holds the bytes; the inbox copy and the claim check are gone.
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(worker.InboxFolder, DocumentSubmitter.SubmittedFolder), sha + "*"));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(worker.InboxRoot, "claim-check"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Submit_FileAlreadyInTheInbox_SentByItsRelativePathWithoutACopy()
    {
        var bytes = Encoding.UTF8.GetBytes(File.ReadAllText(TestSamples.SmallTextContract()) + $"\n{Guid.NewGuid():N}\n");
        var relative = worker.PutInInbox("inside.txt", bytes);
        var full = Path.Combine(worker.InboxFolder, relative);
        var submitter = _submitter!.Services.GetRequiredService<DocumentSubmitter>();

        var (document, outcome) = await submitter.SubmitAsync(full, new SubmitSettings("submit-test"), CancellationToken.None);

        Assert.Equal(relative, document.InboxPath);
        var copies = Path.Combine(worker.InboxFolder, DocumentSubmitter.SubmittedFolder);
        Assert.False(Directory.Exists(copies) && Directory.EnumerateFiles(copies, Convert.ToHexStringLower(SHA256.HashData(bytes)) + "*").Any());
        Assert.Equal(SubmissionOutcome.Succeeded, (await outcome.WaitAsync(TimeSpan.FromSeconds(90))).Status);
        // A file dropped into the inbox is consumed by its message: deleted once the run is committed.
        Assert.False(File.Exists(full));
    }
}
