using Microsoft.Playwright;

namespace Empathy.Samples.Web.Tests.Browser;

/// <summary>What a person does on the site's pages, written once for the journey and the page list.</summary>
public static class SiteActions
{
    /// <summary>Clicks a button in the page's main content (the header has buttons of its own).</summary>
    public static Task ClickAsync(IPage page, string button) =>
        page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    /// <summary>
    /// Submits a form past the browser's own checks (<c>required</c>, <c>type=email</c>), as a browser
    /// without them would, so that the page shows the server's validation errors.
    /// </summary>
    public static async Task SubmitUncheckedAsync(IPage page, string button)
    {
        await page.EvaluateAsync("() => document.querySelectorAll('form').forEach(form => form.noValidate = true)");
        await ClickAsync(page, button);
    }

    /// <summary>Chooses a language with the switch in the header (English, Español) and waits for the page in it.</summary>
    public static async Task SwitchLanguageAsync(IPage page, string language, string code)
    {
        await page.GetByLabel("Language").SelectOptionAsync(new SelectOptionValue { Label = language });
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Switch", Exact = true }).ClickAsync();
        // The page stays in English (<html lang="en">); the server marks the chosen language's option once it is back.
        await Assertions.Expect(page.Locator($"#culture-switch option[value='{code}']")).ToHaveAttributeAsync("selected", "selected");
    }

    /// <summary>Writes a journal entry in the form at /Journal/Edit and saves it.</summary>
    public static async Task WriteEntryAsync(IPage page, string happened, string thoughts)
    {
        await page.GetByLabel("What happened").FillAsync(happened);
        await page.GetByLabel("Automatic thoughts").FillAsync(thoughts);
        await ClickAsync(page, "Save");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
    }

    /// <summary>On the tank page: ends the dive under way, if there is one, so that a new one can start.</summary>
    public static async Task SurfaceIfDivingAsync(IPage page)
    {
        if (await page.GetByRole(AriaRole.Button, new() { Name = "Surface", Exact = true }).CountAsync() > 0)
        {
            await page.GetByLabel("What the dive really cost").FillAsync("5");
            await ClickAsync(page, "Surface");
        }
    }

    /// <summary>On the tank page: starts a dive, unless one is under way; either way the page ends showing the dive.</summary>
    public static async Task DiveIfSurfacedAsync(IPage page)
    {
        if (await page.GetByRole(AriaRole.Button, new() { Name = "Start the dive", Exact = true }).CountAsync() > 0)
        {
            await page.GetByLabel("What you expect the dive to cost").FillAsync("10");
            await ClickAsync(page, "Start the dive");
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Surface", Exact = true })).ToBeVisibleAsync();
    }
}
