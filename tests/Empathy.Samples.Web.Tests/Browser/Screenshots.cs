using Microsoft.Playwright;

namespace Empathy.Samples.Web.Tests.Browser;

/// <summary>
/// Full-page screenshots under the test output (<c>bin/&lt;configuration&gt;/net10.0/screenshots</c>), one
/// file per step with a stable name, so a run's pictures can be compared with the last run's.
/// </summary>
public static class Screenshots
{
    /// <summary>The folder the pictures go to.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>Saves the page as <c>{name}.png</c>, replacing the last run's picture.</summary>
    /// <returns>The file's path.</returns>
    public static async Task<string> SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
