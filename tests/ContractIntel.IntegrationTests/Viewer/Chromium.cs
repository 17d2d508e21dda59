using OpenQA.Selenium.Chrome;

namespace ContractIntel.IntegrationTests.Viewer;

/// <summary>
/// Debian's chromium driven through Debian's chromium-driver: never a browser or driver fetched at run time. When
/// either is missing the test fails and says how to install them; it does not pass without a browser.
/// </summary>
internal static class Chromium
{
    public static string Binary => Environment.GetEnvironmentVariable("CONTRACTINTEL_CHROMIUM") ?? "/usr/bin/chromium";
    public static string Driver => Environment.GetEnvironmentVariable("CONTRACTINTEL_CHROMEDRIVER") ?? "/usr/bin/chromedriver";

    public static ChromeDriver Start()
    {
        if (!File.Exists(Binary) || !File.Exists(Driver))
        {
            throw new InvalidOperationException(
                $"The viewer's browser test needs Debian's chromium ({Binary}) and chromium-driver ({Driver}): " +
                "apt-get install chromium chromium-driver (.ci/run and deploy/local/test.sh install them). " +
                "CONTRACTINTEL_CHROMIUM and CONTRACTINTEL_CHROMEDRIVER point elsewhere.");
        }
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = Binary };
        // --no-sandbox: CI runs as root, where chromium's sandbox cannot start. The page under test is our own, on loopback.
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1400",
            "--no-first-run", "--disable-extensions", "--disable-background-networking", "--disable-sync", "--disable-component-update",
            "--disable-default-apps", "--lang=en-US");
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(90));
    }
}
