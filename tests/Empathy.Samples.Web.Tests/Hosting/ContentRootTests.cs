using System.Net;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Hosting;

/// <summary>
/// The site started with <c>dotnet Empathy.Samples.Web.dll</c> from a folder other than its own reads its settings
/// and serves its stylesheet from its own folder; a content root given on purpose wins, and when it holds no
/// settings file the start problem says so.
/// </summary>
public sealed class ContentRootTests : IDisposable
{
    private readonly string _elsewhere = Directory.CreateTempSubdirectory("empathy-web-elsewhere-").FullName;
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "empathy-web-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task StartedFromAnotherFolder_ReadsItsOwnSettings_AndServesItsStylesheet()
    {
        var address = new Uri($"http://127.0.0.1:{SiteProcess.FreePort()}");
        using var site = await SiteProcess.StartServingAsync(_elsewhere, address, [$"--Empathy:DataDir={_dataDir}"]);
        try
        {
            using var client = new HttpClient { BaseAddress = address };
            var page = await client.GetAsync("/Account/Login");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);

            var stylesheet = await client.GetAsync("/css/site.css");
            Assert.Equal(HttpStatusCode.OK, stylesheet.StatusCode);
            Assert.Equal("text/css", stylesheet.Content.Headers.ContentType?.MediaType);
            Assert.Empty(Directory.GetFileSystemEntries(_elsewhere)); // nothing written where it was started
        }
        finally
        {
            site.Kill(entireProcessTree: true);
            await site.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task AContentRootWithoutSettings_IsNamedInTheStartProblem()
    {
        var (exitCode, errors) = await SiteProcess.RunToEndAsync(_elsewhere,
            ["--urls", "http://127.0.0.1:0", $"--Empathy:DataDir={_dataDir}", "--contentRoot", _elsewhere]);

        Assert.Equal(1, exitCode);
        Assert.Contains("Empathy:CrisisHelp: The CrisisHelp field is required", errors, StringComparison.Ordinal);
        Assert.Contains($"There is no appsettings.json in the content root {_elsewhere}", errors, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        WebAppFactory.TryDelete(_elsewhere);
        WebAppFactory.TryDelete(_dataDir);
    }
}
