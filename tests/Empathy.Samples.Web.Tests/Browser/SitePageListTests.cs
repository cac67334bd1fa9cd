using Empathy.Samples.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Empathy.Samples.Web.Tests.Browser;

/// <summary>The accessibility list keeps up with the site: every Razor page the app serves is in <see cref="SitePages"/>.</summary>
public sealed class SitePageListTests
{
    /// <summary>Pages with nothing to look at, and why.</summary>
    private static readonly Dictionary<string, string> NotShown = new()
    {
        ["/Culture"] = "the language switch only takes a post and redirects back",
    };

    [Fact]
    public void EveryRazorPage_IsInTheAccessibilityList()
    {
        using var app = new WebAppFactory();
        var pages = app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .Select(p => p.ViewEnginePath)
            .Distinct()
            .ToList();
        Assert.NotEmpty(pages);

        var routes = SitePages.All.Select(p => p.Shows.Split('?')[0].TrimEnd('/')).ToHashSet();
        var missing = pages.Where(p => !Shows(routes, p) && !NotShown.ContainsKey(p)).Order().ToList();
        Assert.True(missing.Count == 0, "Add these pages to SitePages.All (Browser/SitePages.cs): " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryListedState_HasItsOwnName()
    {
        var names = SitePages.All.Select(p => p.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    /// <summary>Whether one of the routes opens the page: <c>/Journal</c> opens <c>/Journal/Index</c>, <c>""</c> opens <c>/Index</c>.</summary>
    private static bool Shows(HashSet<string> routes, string viewEnginePath) =>
        routes.Contains(viewEnginePath) || (viewEnginePath.EndsWith("/Index", StringComparison.Ordinal) && routes.Contains(viewEnginePath[..^"/Index".Length]));
}
