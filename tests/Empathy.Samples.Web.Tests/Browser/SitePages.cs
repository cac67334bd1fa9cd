using Microsoft.Playwright;

namespace Empathy.Samples.Web.Tests.Browser;

/// <summary>Who looks at a page.</summary>
public enum Visitor
{
    /// <summary>Someone not signed in.</summary>
    Anonymous,

    /// <summary>The test class's shared person, signed in, with a page and a bit of journal entries (21).</summary>
    SignedIn,
}

/// <summary>
/// One state of one page the accessibility check looks at: open <see cref="Path"/> as
/// <see cref="Visitor"/>, then do <see cref="Then"/> (e.g. submit the form with a mistake).
/// </summary>
/// <param name="Name">A stable, unique name (the test case's and the screenshot's).</param>
/// <param name="Visitor">Who opens the page.</param>
/// <param name="Path">The page's address, relative to the site.</param>
/// <param name="Then">What the person does there before the check; null to check the page as it opens.</param>
public sealed record SitePage(string Name, Visitor Visitor, string Path, Func<IPage, Task>? Then = null)
{
    /// <summary>The page the state ends on, when <see cref="Then"/> follows a link away from <see cref="Path"/>.</summary>
    public string Shows { get; init; } = Path;

    public override string ToString() => Name;
}

/// <summary>
/// Every page of the site, and every form after a validation error: the one list the accessibility
/// tests walk. A new page is added here (<see cref="SitePageListTests"/> fails until it is); the
/// exercise forms are not listed one by one: a test walks the whole catalog.
/// </summary>
public static class SitePages
{
    private const string ListeningPause = "/Exercises/Run?pack=listening&id=three-second-pause";

    public static IReadOnlyList<SitePage> All { get; } =
    [
        // Anonymous.
        new("home", Visitor.Anonymous, "/"),
        new("home-spanish", Visitor.Anonymous, "/", page => SiteActions.SwitchLanguageAsync(page, "Español", "es")),
        new("error", Visitor.Anonymous, "/Error"),
        new("sign-in", Visitor.Anonymous, "/Account/Login"),
        new("sign-in-failed", Visitor.Anonymous, "/Account/Login", async page =>
        {
            await page.GetByLabel("Email").FillAsync("nobody@example.test");
            await page.GetByLabel("Password").FillAsync("not the password");
            await SiteActions.ClickAsync(page, "Sign in");
        }),
        new("register", Visitor.Anonymous, "/Account/Register"),
        new("register-invalid", Visitor.Anonymous, "/Account/Register", page => SiteActions.SubmitUncheckedAsync(page, "Create account")),
        new("register-recovery-key", Visitor.Anonymous, "/Account/Register", async page =>
        {
            await page.GetByLabel("Email").FillAsync($"{Guid.NewGuid():N}@example.test");
            await page.GetByLabel("Password").FillAsync(BrowserSite.Password);
            await SiteActions.ClickAsync(page, "Create account");
            await Assertions.Expect(page.GetByTestId("recovery-key")).ToBeVisibleAsync();
        }),
        new("recover", Visitor.Anonymous, "/Account/Recover"),
        new("recover-invalid", Visitor.Anonymous, "/Account/Recover", page => SiteActions.SubmitUncheckedAsync(page, "Set new password")),
        new("time-zone", Visitor.Anonymous, "/TimeZone"),
        new("time-zone-saved", Visitor.Anonymous, "/TimeZone", async page =>
        {
            await page.GetByLabel("Time zone").SelectOptionAsync("Europe/Madrid");
            await SiteActions.ClickAsync(page, "Use this time zone");
            await Assertions.Expect(page.GetByTestId("time-zone-saved")).ToBeVisibleAsync();
        }),

        // Signed in.
        new("home-signed-in", Visitor.SignedIn, "/"),
        new("journal", Visitor.SignedIn, "/Journal"),
        new("journal-entry", Visitor.SignedIn, "/Journal", page => page.Locator("ol.entries a").First.ClickAsync()) { Shows = "/Journal/Edit" },
        new("journal-older", Visitor.SignedIn, "/Journal", page => page.GetByRole(AriaRole.Link, new() { Name = "Older entries", Exact = true }).ClickAsync()),
        new("journal-new", Visitor.SignedIn, "/Journal/Edit"),
        new("journal-new-invalid", Visitor.SignedIn, "/Journal/Edit", page => SiteActions.SubmitUncheckedAsync(page, "Save")),
        new("journal-observation-hints", Visitor.SignedIn, "/Journal/Edit", async page =>
        {
            await SiteActions.WriteEntryAsync(page, "My boss always targets me on purpose.", "I'm a failure.");
            await Assertions.Expect(page.GetByTestId("observation-hints")).ToBeVisibleAsync();
        }),
        new("journal-crisis-help", Visitor.SignedIn, "/Journal/Edit", async page =>
        {
            await SiteActions.WriteEntryAsync(page, "I sat alone in my room after work.", "I want to kill myself tonight.");
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        }),
        new("exercises", Visitor.SignedIn, "/Exercises"),
        new("exercises-spanish", Visitor.SignedIn, "/Exercises", page => SiteActions.SwitchLanguageAsync(page, "Español", "es")),
        new("exercise-invalid", Visitor.SignedIn, ListeningPause, page => SiteActions.SubmitUncheckedAsync(page, "Save my answers")),
        new("exercise-saved", Visitor.SignedIn, ListeningPause, async page =>
        {
            await page.GetByLabel("Which opinion did you hear today").FillAsync("Meetings should be banned.");
            await page.GetByLabel("How strong was the urge").FillAsync("6");
            await SiteActions.ClickAsync(page, "Save my answers");
            await Assertions.Expect(page.GetByTestId("exercise-saved")).ToBeVisibleAsync();
        }),
        new("insights", Visitor.SignedIn, "/Insights"),
        new("mirror", Visitor.SignedIn, "/Mirror"),
        new("mirror-checked", Visitor.SignedIn, "/Mirror", async page =>
        {
            await page.GetByLabel("What the other person told you").FillAsync("My sister cancelled on me again.");
            await page.GetByLabel("Your reply").FillAsync("That sounds exhausting. What was that like for you?");
            await page.GetByLabel("A message you want to send").FillAsync("Why are you always so cold!");
            await SiteActions.ClickAsync(page, "Hold up the mirror");
        }),
        new("data", Visitor.SignedIn, "/Data"),
        new("data-import-invalid", Visitor.SignedIn, "/Data", page => SiteActions.SubmitUncheckedAsync(page, "Import")),
        new("data-import-refused", Visitor.SignedIn, "/Data", async page =>
        {
            await page.GetByLabel("Empathy data export").SetInputFilesAsync(new FilePayload { Name = "not-an-export.json", MimeType = "application/json", Buffer = "{\"nope\": 1}"u8.ToArray() });
            await SiteActions.ClickAsync(page, "Import");
            await Assertions.Expect(page.Locator("#document-error")).ToBeVisibleAsync();
        }),
        new("relationships", Visitor.SignedIn, "/Relationships"),
        new("relationships-invalid", Visitor.SignedIn, "/Relationships", page => SiteActions.SubmitUncheckedAsync(page, "Add")),
        new("relationship", Visitor.SignedIn, "/Relationships", page => OpenAsync(page, "Sam")) { Shows = "/Relationships/Edit" },
        new("relationship-contact-invalid", Visitor.SignedIn, "/Relationships", async page =>
        {
            await OpenAsync(page, "Sam");
            await SiteActions.SubmitUncheckedAsync(page, "Log the contact");
        }) { Shows = "/Relationships/Edit" },
        new("tank", Visitor.SignedIn, "/Tank"),
        new("tank-dive-invalid", Visitor.SignedIn, "/Tank", async page =>
        {
            await SiteActions.SurfaceIfDivingAsync(page);
            await SiteActions.SubmitUncheckedAsync(page, "Start the dive");
        }),
        new("tank-diving", Visitor.SignedIn, "/Tank", SiteActions.DiveIfSurfacedAsync),
        new("boundaries", Visitor.SignedIn, "/Boundaries"),
        new("boundaries-invalid", Visitor.SignedIn, "/Boundaries", page => SiteActions.SubmitUncheckedAsync(page, "Place")),
        new("boundaries-checked", Visitor.SignedIn, "/Boundaries", async page =>
        {
            await page.GetByLabel("What they did").FillAsync("You interrupted me twice.");
            await SiteActions.ClickAsync(page, "Check");
        }),
        new("boundary-rule-new", Visitor.SignedIn, "/Boundaries/Rule"),
        new("boundary-rule-invalid", Visitor.SignedIn, "/Boundaries/Rule", page => SiteActions.SubmitUncheckedAsync(page, "Save the rule")),
        new("boundary-rule", Visitor.SignedIn, "/Boundaries", page => page.GetByRole(AriaRole.Link, new() { Name = "Edit rule" }).First.ClickAsync()) { Shows = "/Boundaries/Rule" },
        new("boundary-exit", Visitor.SignedIn, "/Boundaries", page => OpenAsync(page, "Sam")) { Shows = "/Boundaries/Exit" },
        new("boundary-exit-invalid", Visitor.SignedIn, "/Boundaries", async page =>
        {
            await OpenAsync(page, "Sam");
            await SiteActions.SubmitUncheckedAsync(page, "Save the check-in");
        }) { Shows = "/Boundaries/Exit" },
        new("critics", Visitor.SignedIn, "/Critics"),
        new("critics-invalid", Visitor.SignedIn, "/Critics", page => SiteActions.SubmitUncheckedAsync(page, "Name it")),
        new("critic", Visitor.SignedIn, "/Critics", page => OpenAsync(page, "The Judge")) { Shows = "/Critics/Edit" },
        new("account", Visitor.SignedIn, "/Account/Password"),
        new("account-invalid", Visitor.SignedIn, "/Account/Password", page => SiteActions.SubmitUncheckedAsync(page, "Change password")),
        new("delete-account", Visitor.SignedIn, "/Account/Delete"),
        // Not ticking the box: the account stays, the page says why.
        new("delete-account-unconfirmed", Visitor.SignedIn, "/Account/Delete", page => SiteActions.ClickAsync(page, "Delete my account")),
        new("sign-out", Visitor.SignedIn, "/Account/Logout"),
    ];

    /// <summary>Follows the link of that name in the page's main content (a person, a critic).</summary>
    private static Task OpenAsync(IPage page, string link) =>
        page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).First.ClickAsync();

    /// <summary>The page state of that name.</summary>
    public static SitePage Find(string name) => All.Single(p => p.Name == name);
}
