using System.Net;
using System.Text.Json;
using Empathy.Samples.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Empathy.Samples.Web.Tests.Browser;

/// <summary>
/// The real app on Kestrel at a free 127.0.0.1 port, over a temporary data folder, and one headless
/// Chromium for a whole test class (starting either costs more than most tests). Each test opens its
/// own browser context, so cookies never leak from one test to the next.
/// </summary>
/// <remarks>Without <see cref="Chromium.ExecutablePath"/> nothing starts: the tests skip themselves.</remarks>
public sealed class BrowserSite : IAsyncLifetime
{
    private readonly WebAppFactory _app = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _signedInState;

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The password every person registered by the browser tests has.</summary>
    public const string Password = ApiUser.Password;

    public async Task InitializeAsync()
    {
        if (Chromium.ExecutablePath is not { } executable)
        {
            return;
        }

        // Port 0: the system picks a free port; the address is read back from the server.
        _app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app.StartServer();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel did not report its address.");
        BaseAddress = new Uri(addresses.Addresses.Single());

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Chromium.Arguments,
        });
    }

    /// <summary>A fresh page in a context of its own (no cookies), speaking English unless told otherwise.</summary>
    public async Task<IPage> NewPageAsync(string locale = "en-US", string? storageState = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = locale,
            // Wide enough for the journal's two columns (the field and its hints side by side).
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            StorageState = storageState,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A fresh page signed in as the class's shared person, who has three journal entries (enough for
    /// the insights chart), a relationship, a named critic and an IF-THEN rule, so that every page has
    /// something to show. Registered on first use through the JSON API; later pages reuse the cookies.
    /// </summary>
    public async Task<IPage> SignedInPageAsync()
    {
        if (_signedInState is null)
        {
            var page = await NewPageAsync();
            var api = page.Context.APIRequest;
            await RegisterThroughApiAsync(api);
            for (var i = 0; i < 21; i++) // more than the journal list's page of 20, so it has older entries to page to
            {
                await CreateAsync(api, "/api/journal", new
                {
                    happened = $"At the meeting number {i} my boss always targets me on purpose.",
                    thoughts = new[] { "I'm not good enough.", "I'm a failure." },
                    body = new[] { "tight chest" },
                    did = "went for a walk",
                });
            }

            await CreateAsync(api, "/api/relationships", new { person = "Sam", idealContactDays = 7, maximumGapDays = 21 });
            await CreateAsync(api, "/api/critics", new { name = "The Judge", typicalPhrases = new[] { "you always mess this up" } });
            await CreateAsync(api, "/api/boundaries/rules", new { behaviour = "interrupts me", consequence = "I leave the room", isActive = true });

            _signedInState = await page.Context.StorageStateAsync();
            await page.Context.CloseAsync();
        }

        return await NewPageAsync(storageState: _signedInState);
    }

    /// <summary>Registers a new person through the JSON API (the context is signed in afterwards).</summary>
    /// <returns>The email and the recovery key.</returns>
    public static async Task<(string Email, string RecoveryKey)> RegisterThroughApiAsync(IAPIRequestContext api)
    {
        var email = $"{Guid.NewGuid():N}@example.test";
        var body = await CreateAsync(api, "/api/account/register", new { email, password = Password });
        return (email, body.GetProperty("recoveryKey").GetString()!);
    }

    /// <summary>Posts a JSON body that must be accepted with 201 Created; returns the answer's body.</summary>
    private static async Task<JsonElement> CreateAsync(IAPIRequestContext api, string path, object body)
    {
        var response = await api.PostAsync(path, new APIRequestContextOptions { DataObject = body });
        Assert.True(response.Status == 201, $"POST {path} answered {response.Status}: {await response.TextAsync()}");
        return (await response.JsonAsync())!.Value;
    }

    private IBrowser Browser => _browser ?? throw new InvalidOperationException(Chromium.MissingReason);

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _app.DisposeAsync();
    }
}
