using ContractIntel.Extraction.Pipeline;
using ContractIntel.Hosting;
using ContractIntel.IntegrationTests.Infrastructure;
using ContractIntel.IntegrationTests.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace ContractIntel.IntegrationTests.Viewer;

/// <summary>
/// The viewer in a real browser (headless chromium): an auditor searches a processed sample, opens a finding and
/// sees its words highlighted on its page; a changed row shows as changed; a document's own script never runs.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class ViewerBrowserTests(DatabaseFixture db) : IAsyncLifetime
{
    private const string SampleName = "ADAMSGOLFINC_03_21_2005-EX-10.17-ENDORSEMENT AGREEMENT.PDF";
    private ViewerServer? _viewer;
    private ChromeDriver? _browser;

    private ChromeDriver Browser => _browser!;

    public async Task InitializeAsync()
    {
        await db.ResetAsync();
        _browser = Chromium.Start();
        _browser.Manage().Timeouts().ImplicitWait = TimeSpan.FromSeconds(5);
        _viewer = await ViewerServer.StartAsync(db.AuditorConnectionString);
    }

    public async Task DisposeAsync()
    {
        _browser?.Quit();
        _browser?.Dispose();
        if (_viewer is not null) await _viewer.DisposeAsync();
    }

    private void Open(string path) => Browser.Navigate().GoToUrl(new Uri(_viewer!.BaseAddress, path));

    /// <summary>Clicks, then waits for the page the click leads to (a click does not always wait for the navigation it starts).</summary>
    private void Follow(By by, string urlContains)
    {
        Browser.FindElement(by).Click();
        new WebDriverWait(Browser, TimeSpan.FromSeconds(30)).Until(d => d.Url.Contains(urlContains, StringComparison.Ordinal));
    }

    private T Script<T>(string script) => (T)Browser.ExecuteScript(script)!;

    /// <summary>The bundled PDF through the real pipeline (real models), recorded as the worker records a run.</summary>
    private async Task<Data.Runs.RecordedRun> ProcessSampleAsync()
    {
        var path = Path.Combine(TestSamples.RepositoryRoot, "samples", "contracts", SampleName);
        var bytes = await File.ReadAllBytesAsync(path);
        var builder = ContractIntelHost.CreateBuilder();
        builder.AddExtraction();
        using var host = builder.Build();
        var result = host.Services.GetRequiredService<DocumentPipeline>().Run(new DocumentInput(bytes, SampleName, null, "contract", false));
        Assert.True(result.Succeeded, result.FailureMessage);
        return await db.Recorder().RecordAsync(SampleResults.Request(SampleName), bytes, result, default);
    }

    [Fact]
    public async Task Browser_SearchesASample_OpensAFinding_SeesItHighlightedOnItsPage_AndATamperedRowAsChanged()
    {
        var run = await ProcessSampleAsync();
        await using var auditor = db.Auditor();
        var pages = await auditor.Pages.Where(p => p.RunId == run.RunId).ToListAsync();
        // The best finding past the first page that lies within one page: "the right page" then means something.
        var finding = (await auditor.ClauseFindings.Where(f => f.RunId == run.RunId && f.PageNumber > 1).ToListAsync())
            .Where(f => pages.Any(p => p.PageNumber == f.PageNumber && p.StartOffset <= f.StartOffset && f.EndOffset <= p.EndOffset))
            .OrderByDescending(f => f.Score).First();

        Open("/");
        Browser.FindElement(By.Name("q")).SendKeys("adamsgolf");
        Follow(By.CssSelector("form.search button"), "q=adamsgolf");
        Assert.Equal("1 document(s)", Browser.FindElement(By.Id("result-count")).Text);
        Follow(By.CssSelector("a.document-link"), $"/documents/{run.DocumentId}");
        Assert.Equal(SampleName, Browser.FindElement(By.Id("document-file-name")).Text);
        Follow(By.CssSelector("#run-v1 h3 a"), $"/runs/{run.RunId}");

        Browser.FindElement(By.CssSelector($"select[name=category] option[value='{finding.Category}']")).Click();
        Follow(By.CssSelector("form.filter button"), "category=");
        Assert.All(Browser.FindElements(By.CssSelector("#findings tbody tr td:nth-child(2)")), c => Assert.Equal(finding.Category, c.Text));
        Follow(By.CssSelector($"a.finding-link[href*='/findings/{finding.Ordinal}#']"), $"/findings/{finding.Ordinal}");

        Assert.Equal(finding.Category, Browser.FindElement(By.Id("evidence-label")).Text);
        Assert.Equal(finding.PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), Browser.FindElement(By.Id("evidence-page")).Text);
        var focus = Browser.FindElements(By.CssSelector("mark.focus"));
        Assert.NotEmpty(focus);
        Assert.All(focus, m => Assert.True(m.Displayed));
        Assert.Equal(finding.Text, Script<string>("return Array.from(document.querySelectorAll('mark.focus')).map(m => m.textContent).join('')"));
        Assert.Equal([finding.PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            Script<IReadOnlyCollection<object>>("return [...new Set(Array.from(document.querySelectorAll('mark.focus')).map(m => m.closest('section.page').dataset.page))]").Cast<string>());
        // Highlighted for a person, not only marked up: the stylesheet (allowed by the policy) gives the focus its colour.
        Assert.Equal("rgb(255, 157, 92)", Script<string>("return getComputedStyle(document.querySelector('mark.focus')).backgroundColor"));

        Open($"/runs/{run.RunId}/audit");
        Assert.Contains("verified", Browser.FindElement(By.Id("audit-status")).GetAttribute("class"), StringComparison.Ordinal);
        await db.ExecuteAsOwnerAsync($"""
            ALTER TABLE contract_intel.run_clause_findings DISABLE TRIGGER append_only;
            UPDATE contract_intel.run_clause_findings SET score = 0.999 WHERE run_id = '{run.RunId}' AND ordinal = {finding.Ordinal};
            ALTER TABLE contract_intel.run_clause_findings ENABLE TRIGGER append_only;
            """);
        Browser.Navigate().Refresh();
        var status = Browser.FindElement(By.Id("audit-status"));
        Assert.Contains("changed", status.GetAttribute("class"), StringComparison.Ordinal);
        Assert.StartsWith("Changed since it was recorded", status.Text, StringComparison.Ordinal);
        Assert.Contains($"findings row ordinal={finding.Ordinal}", Browser.FindElement(By.Id("problems")).Text, StringComparison.Ordinal);
        Assert.Equal("changed", Browser.FindElement(By.CssSelector("tr[data-table=findings]")).GetAttribute("class"));
    }

    [Fact]
    public async Task Browser_DocumentWithScript_ShowsItAsText_AndRunsNothing()
    {
        const string payload = "<script>window.__pwned = 1; document.title = 'PWNED'</script><img src=x onerror=\"window.__pwned = 2\">";
        var bytes = SampleResults.Bytes(payload);
        var run = await db.Recorder().RecordAsync(SampleResults.Request("<script>window.__pwned = 3</script>.txt"), bytes, SampleResults.Succeeded(bytes), default);

        Open("/");
        Browser.FindElement(By.Name("q")).SendKeys("<script>");
        Follow(By.CssSelector("form.search button"), "q=");
        Assert.Equal("1 document(s)", Browser.FindElement(By.Id("result-count")).Text);
        AssertNothingRan("<script>window.__pwned = 3</script>.txt");
        foreach (var path in new[] { $"/documents/{run.DocumentId}", $"/runs/{run.RunId}", $"/runs/{run.RunId}/findings/0", $"/runs/{run.RunId}/audit" })
        {
            Open(path);
            AssertNothingRan("<script>window.__pwned = 3</script>.txt");
        }
        Open($"/runs/{run.RunId}");
        Assert.Contains(payload, Browser.FindElement(By.Id("page-1")).Text, StringComparison.Ordinal);
    }

    private void AssertNothingRan(string fileName)
    {
        Assert.Equal("undefined", Script<string>("return typeof window.__pwned"));
        Assert.DoesNotContain("PWNED", Browser.Title, StringComparison.Ordinal);
        Assert.Equal(0L, Script<long>("return document.querySelectorAll('script, img, iframe, object, embed').length"));
        Assert.Contains(fileName, Browser.FindElement(By.TagName("main")).Text, StringComparison.Ordinal);
    }
}
