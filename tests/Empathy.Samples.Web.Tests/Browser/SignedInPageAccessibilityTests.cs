using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Empathy.Samples.Web.Tests.Browser;

/// <summary>axe-core on every page a signed-in person sees (<see cref="SitePages"/>) and on every exercise form: no serious or critical violation.</summary>
public sealed class SignedInPageAccessibilityTests(BrowserSite site, ITestOutputHelper output) : IClassFixture<BrowserSite>
{
    public static TheoryData<string> PageNames => new(SitePages.All.Where(p => p.Visitor == Visitor.SignedIn).Select(p => p.Name));

    [ChromiumTheory]
    [MemberData(nameof(PageNames))]
    public Task Page_HasNoSeriousOrCriticalViolation(string name) => AxeCheck.AssertListedPageAsync(site, name, output);

    [ChromiumFact]
    public async Task EveryExerciseForm_HasNoSeriousOrCriticalViolation()
    {
        var page = await site.SignedInPageAsync();
        try
        {
            await page.GotoAsync("/Exercises");
            var links = await page.GetByRole(AriaRole.Main).Locator("a[href^='/Exercises/Run']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            Assert.True(links.Length >= 15, $"the catalog lists {links.Length} exercises");
            foreach (var link in links)
            {
                await page.GotoAsync(link);
                await AxeCheck.AssertNoSeriousViolationsAsync(page, link, output);
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
