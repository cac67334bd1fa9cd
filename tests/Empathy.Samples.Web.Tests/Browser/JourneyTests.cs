using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Empathy.Samples.Web.Tests.Browser;

/// <summary>
/// One person's first session in a real browser against the real app: register, write an entry, see the
/// observation hint, run an exercise in Spanish, see the insights chart, export everything, and set a new
/// password with the recovery key noted at the start. Each step leaves a screenshot
/// (<c>journey-NN-*.png</c> under <see cref="Screenshots.Folder"/>).
/// </summary>
public sealed partial class JourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [ChromiumFact]
    public async Task FirstSession_FromRegisteringToTheExport_ThenTheRecoveryKeyOpensTheJournal()
    {
        var page = await site.NewPageAsync();
        try
        {
            // Register: the recovery key is shown once.
            var email = $"{Guid.NewGuid():N}@example.test";
            // Plain words only, so that they read the same inside the exported JSON.
            string[] happenings = ["In the meeting my boss always targets me on purpose.", "My colleague spoke over me in the stand-up.", "My manager moved my review to Friday."];
            await page.GotoAsync("/");
            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Create an account" }).ClickAsync();
            await page.GetByLabel("Email").FillAsync(email);
            await page.GetByLabel("Password").FillAsync(BrowserSite.Password);
            await SiteActions.ClickAsync(page, "Create account");
            var recoveryKey = (await page.GetByTestId("recovery-key").InnerTextAsync()).Trim();
            Assert.Matches(RecoveryKeyShape(), recoveryKey);
            await Screenshots.SaveAsync(page, "journey-01-registered");

            // An entry whose "what happened" is an evaluation: the observation check's hint shows beside the field.
            await page.GetByRole(AriaRole.Link, new() { Name = "write my first entry" }).ClickAsync();
            await SiteActions.WriteEntryAsync(page, happenings[0], "I'm not good enough.\nI'm a failure.");
            var hints = page.GetByTestId("observation-hints");
            await Expect(hints).ToContainTextAsync("always");
            await AssertBesideAsync(hints, page.GetByLabel("What happened"));
            await Screenshots.SaveAsync(page, "journey-02-observation-hint");

            // Two more days of the same script, so that the insights have a recurring theme to draw.
            foreach (var happened in happenings[1..])
            {
                await page.GotoAsync("/Journal/Edit");
                await SiteActions.WriteEntryAsync(page, happened, "I'm not good enough.\nI'm a failure.");
            }

            // The switch to Spanish, then an exercise in Spanish whose answer is saved.
            await SiteActions.SwitchLanguageAsync(page, "Español", "es");
            await Nav(page, "Exercises").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ejercicios");
            await page.GetByRole(AriaRole.Link, new() { Name = "La pausa de tres segundos" }).ClickAsync();
            const string opinion = "Las reuniones de los lunes sobran.";
            await page.GetByLabel("¿Qué opinión escuchaste hoy").FillAsync(opinion);
            await page.GetByLabel("¿Qué tan fuerte fue el impulso").FillAsync("7");
            await page.GetByLabel("esperar-mas").CheckAsync();
            await Screenshots.SaveAsync(page, "journey-03-exercise-in-spanish");
            await SiteActions.ClickAsync(page, "Guardar respuestas");
            await Expect(page.GetByTestId("exercise-saved")).ToHaveTextAsync("Respuesta guardada.");
            await Screenshots.SaveAsync(page, "journey-04-exercise-saved");
            var responses = await (await page.Context.APIRequest.GetAsync("/api/responses")).JsonAsync();
            var saved = Assert.Single(responses!.Value.EnumerateArray());
            Assert.Equal("three-second-pause", saved.GetProperty("exerciseId").GetString());
            Assert.Equal(opinion, saved.GetProperty("answers").GetProperty("opinion").GetString());
            Assert.Equal("7", saved.GetProperty("answers").GetProperty("urge").GetString());

            // Insights: the recurring core thoughts, drawn as an SVG chart by the server. They read the journal
            // in the language chosen, so back to English, the language these entries were written in.
            await SiteActions.SwitchLanguageAsync(page, "English", "en");
            await Nav(page, "Insights").ClickAsync();
            var chart = page.GetByTestId("core-thoughts-chart").Locator("svg");
            await Expect(chart).ToBeVisibleAsync();
            Assert.True((await chart.Locator("rect, path, line").CountAsync()) > 0, "the chart draws nothing");
            await Screenshots.SaveAsync(page, "journey-05-insights-chart");

            // Export everything: the download holds every entry and the exercise answer.
            await Nav(page, "Data").ClickAsync();
            await Screenshots.SaveAsync(page, "journey-06-data-export");
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-all").ClickAsync());
            var export = await File.ReadAllTextAsync(await download.PathAsync());
            using (var document = JsonDocument.Parse(export))
            {
                Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
            }

            Assert.All(happenings, happened => Assert.Contains(happened, export));
            Assert.Contains(opinion, export);

            // The recovery key noted at registration sets a new password; the journal is still there.
            await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
            await page.GotoAsync("/Account/Recover");
            await page.GetByLabel("Email").FillAsync(email);
            await page.GetByLabel("Recovery key").FillAsync(recoveryKey);
            await page.GetByLabel("New password").FillAsync("a brand new passphrase");
            await SiteActions.ClickAsync(page, "Set new password");
            await Expect(page.GetByTestId("recovery-key")).ToBeVisibleAsync();
            Assert.NotEqual(recoveryKey, (await page.GetByTestId("recovery-key").InnerTextAsync()).Trim());
            await Screenshots.SaveAsync(page, "journey-07-recovered");
            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Go to my journal" }).ClickAsync();
            await Expect(page.Locator("ol.entries > li")).ToHaveCountAsync(happenings.Length);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>A link of the main navigation.</summary>
    private static ILocator Nav(IPage page, string link) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = link, Exact = true });

    /// <summary>The hints sit to the right of the field, level with it (the two-column layout of a wide screen).</summary>
    private static async Task AssertBesideAsync(ILocator hints, ILocator field)
    {
        var aside = await hints.BoundingBoxAsync() ?? throw new InvalidOperationException("the hints are not laid out");
        var input = await field.BoundingBoxAsync() ?? throw new InvalidOperationException("the field is not laid out");
        Assert.True(aside.X >= input.X + input.Width, $"the hints (x={aside.X}) are not right of the field (ends at x={input.X + input.Width})");
        Assert.True(aside.Y < input.Y + input.Height && input.Y < aside.Y + aside.Height, $"the hints (y={aside.Y}..{aside.Y + aside.Height}) are not level with the field (y={input.Y}..{input.Y + input.Height})");
    }

    [GeneratedRegex("^[0-9A-Z]{4}(-[0-9A-Z]{4})+$")]
    private static partial Regex RecoveryKeyShape();
}
