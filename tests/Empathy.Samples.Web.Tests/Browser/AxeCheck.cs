using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Empathy.Samples.Web.Tests.Browser;

/// <summary>
/// Runs axe-core (Deque.AxeCore.Playwright) on the page as it is now and fails on any violation of
/// serious or critical impact, naming the rule, the elements and how to fix them. Milder findings
/// are written to the test output, so they are seen without failing the run.
/// </summary>
public static class AxeCheck
{
    /// <summary>The impacts that fail the check (axe's scale: minor, moderate, serious, critical).</summary>
    public static IReadOnlySet<string> FailingImpacts { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "serious", "critical" };

    /// <summary>Checks the page; <paramref name="name"/> names it in the failure message.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string name, ITestOutputHelper output)
    {
        var result = await page.RunAxe();
        var failing = result.Violations.Where(v => FailingImpacts.Contains(v.Impact ?? "")).ToList();
        foreach (var mild in result.Violations.Except(failing))
        {
            output.WriteLine($"{name}: {mild.Impact} {mild.Id}: {mild.Help} ({mild.Nodes.Length} elements)");
        }

        Assert.True(failing.Count == 0, Describe(name, page.Url, failing));
    }

    /// <summary>
    /// Opens a listed page state in a fresh context (signed in or not, as the state says), does what
    /// the state says and checks it. When anything fails, the page as it was is saved as
    /// <c>page-{name}.png</c> (only then: pictures of passing pages would only slow the run).
    /// </summary>
    public static async Task AssertListedPageAsync(BrowserSite site, string name, ITestOutputHelper output)
    {
        var sitePage = SitePages.Find(name);
        var page = sitePage.Visitor == Visitor.SignedIn ? await site.SignedInPageAsync() : await site.NewPageAsync();
        try
        {
            var response = await page.GotoAsync(sitePage.Path);
            Assert.True(response is { Ok: true }, $"{sitePage.Path} answered {response?.Status}");
            if (sitePage.Then is { } then)
            {
                await then(page);
            }

            // The list's claim about where the state ends is what keeps the list complete (SitePageListTests).
            Assert.Equal(sitePage.Shows.Split('?')[0], new Uri(page.Url).AbsolutePath, ignoreCase: true);

            await AssertNoSeriousViolationsAsync(page, name, output);
        }
        catch (Exception)
        {
            await TrySaveAsync(page, "page-" + name);
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Saves a picture of a failing page, if the page can still be pictured.</summary>
    private static async Task TrySaveAsync(IPage page, string name)
    {
        try
        {
            await Screenshots.SaveAsync(page, name);
        }
        catch (PlaywrightException)
        {
            // The failure itself is what the test reports.
        }
    }

    private static string Describe(string name, string url, IReadOnlyList<AxeResultItem> violations)
    {
        var text = new StringBuilder($"axe found {violations.Count} serious or critical violation(s) on '{name}' ({url}):");
        foreach (var violation in violations)
        {
            text.AppendLine().Append($"- {violation.Impact} {violation.Id}: {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes)
            {
                var why = string.Join("; ", node.Any.Concat(node.All).Concat(node.None).Select(check => check.Message));
                text.AppendLine().Append($"    {node.Target}: {node.Html}").AppendLine().Append($"      {why}");
            }
        }

        return text.ToString();
    }
}
