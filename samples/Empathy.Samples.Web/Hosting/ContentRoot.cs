using Microsoft.Extensions.Hosting;

namespace Empathy.Samples.Web.Hosting;

/// <summary>
/// Where the site reads <c>appsettings.json</c> and its static files from: the content root given
/// (<c>--contentRoot</c>, <c>DOTNET_CONTENTROOT</c> or <c>ASPNETCORE_CONTENTROOT</c>), else the app's own folder.
/// </summary>
/// <remarks>
/// ASP.NET Core's default is the current folder, so <c>dotnet Empathy.Samples.Web.dll</c> started from anywhere
/// else read no settings and failed on the first required one without saying why. The app's own folder holds
/// <c>appsettings.json</c> (copied there by the build) wherever it is started from.
/// </remarks>
public static class ContentRoot
{
    /// <summary>The builder's options: <paramref name="args"/>, and the app's folder as content root unless one is given.</summary>
    public static WebApplicationOptions For(string[] args) => new()
    {
        Args = args,
        ContentRootPath = IsGiven(args) ? null : AppContext.BaseDirectory,
    };

    /// <summary>Whether the command line or the environment names a content root (which then wins, as in any ASP.NET Core app).</summary>
    public static bool IsGiven(string[] args)
    {
        var given = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[HostDefaults.ContentRootKey];
        return !string.IsNullOrWhiteSpace(given);
    }
}
