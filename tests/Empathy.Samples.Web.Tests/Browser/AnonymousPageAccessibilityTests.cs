using Xunit.Abstractions;

namespace Empathy.Samples.Web.Tests.Browser;

/// <summary>
/// axe-core on every page a visitor sees before signing in (<see cref="SitePages"/>): no serious or
/// critical violation. A class (and browser) of its own, so that it runs beside the signed-in pages.
/// </summary>
public sealed class AnonymousPageAccessibilityTests(BrowserSite site, ITestOutputHelper output) : IClassFixture<BrowserSite>
{
    public static TheoryData<string> PageNames => new(SitePages.All.Where(p => p.Visitor == Visitor.Anonymous).Select(p => p.Name));

    [ChromiumTheory]
    [MemberData(nameof(PageNames))]
    public Task Page_HasNoSeriousOrCriticalViolation(string name) => AxeCheck.AssertListedPageAsync(site, name, output);

    [ChromiumFact]
    public async Task TheCheck_FailsOnAPageWithAnUnlabelledFieldAndUnreadableText()
    {
        var page = await site.NewPageAsync();
        try
        {
            await page.SetContentAsync("""
                <!DOCTYPE html><html lang="en"><head><title>Broken</title></head>
                <body><main><h1>Broken</h1><form><input name="q"></form><p style="color:#ccc;background:#fff">faint</p></main></body></html>
                """);
            var failure = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => AxeCheck.AssertNoSeriousViolationsAsync(page, "broken", output));
            Assert.Contains("label", failure.Message);
            Assert.Contains("color-contrast", failure.Message);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
