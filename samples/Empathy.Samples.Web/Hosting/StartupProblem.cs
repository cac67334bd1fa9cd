using Microsoft.Extensions.Options;

namespace Empathy.Samples.Web.Hosting;

/// <summary>
/// Tells the person who starts the site, in one plain paragraph on standard error, why it cannot start
/// (bad store settings, settings out of range, an unreachable database), and makes the process end with exit code 1 instead of
/// an unhandled exception's stack trace.
/// </summary>
public static class StartupProblem
{
    /// <summary>Whether the store settings are usable; when not, says why and sets the exit code.</summary>
    public static bool StorageSettingsAreUsable(WebApplicationBuilder builder)
    {
        var problem = HostStorage.FromConfiguration(builder.Configuration).Problem;
        if (problem is null)
        {
            return true;
        }

        Report(problem);
        return false;
    }

    /// <summary>Whether the key ring's certificate, if one is named, can be used; when not, says why and sets the exit code.</summary>
    public static bool KeyRingCertificateIsUsable(WebApplicationBuilder builder)
    {
        var problem = Security.KeyRingCertificate.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath).Problem;
        if (problem is null)
        {
            return true;
        }

        Report(problem);
        return false;
    }

    /// <summary>
    /// Whether the settings validated at start are valid; when not, names each bad setting and sets the exit
    /// code. Checked before the databases are prepared, which read the settings: a bad one would otherwise end
    /// the process with a stack trace before the host's own check at start runs.
    /// </summary>
    public static bool SettingsAreValid(WebApplication app)
    {
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
            return true;
        }
        catch (Exception error) when (Failures(error) is { Count: > 0 } failures)
        {
            Report($"the settings are not valid: {string.Join("; ", failures)}. {SettingsSources(app.Environment.ContentRootPath)}");
            return false;
        }
    }

    /// <summary>Writes <paramref name="message"/> to standard error and sets exit code 1.</summary>
    public static void Report(string message)
    {
        Console.Error.WriteLine($"Empathy.Samples.Web cannot start: {message}");
        Environment.ExitCode = 1;
    }

    /// <summary>Where the settings were read from, so a missing one can be traced to the file that should hold it.</summary>
    internal static string SettingsSources(string contentRoot)
    {
        var file = Path.Combine(contentRoot, "appsettings.json");
        return File.Exists(file)
            ? $"They were read from {file}, the command line and the environment."
            : $"There is no appsettings.json in the content root {contentRoot}; they were read from the command line and the environment only (pass --contentRoot with the app's folder, or leave it out).";
    }

    private static List<string> Failures(Exception error) => error switch
    {
        OptionsValidationException invalid => [.. invalid.Failures.Select(f => f.TrimEnd('.'))],
        AggregateException all when all.InnerExceptions.All(e => e is OptionsValidationException) => [.. all.InnerExceptions.SelectMany(Failures)],
        _ => [],
    };
}
