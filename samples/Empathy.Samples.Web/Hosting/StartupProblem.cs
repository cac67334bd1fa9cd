namespace Empathy.Samples.Web.Hosting;

/// <summary>
/// Tells the person who starts the site, in one plain paragraph on standard error, why it cannot start
/// (bad store settings, an unreachable database), and makes the process end with exit code 1 instead of
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

    /// <summary>Writes <paramref name="message"/> to standard error and sets exit code 1.</summary>
    public static void Report(string message)
    {
        Console.Error.WriteLine($"Empathy.Samples.Web cannot start: {message}");
        Environment.ExitCode = 1;
    }
}
