namespace Empathy.Samples.Console.Hosting;

/// <summary>
/// Where the journal lives: <c>--data-dir</c> when given, else <c>$XDG_DATA_HOME/empathy</c>, else
/// <c>~/.local/share/empathy</c>.
/// </summary>
internal static class DataDirectory
{
    /// <summary>The folder name used under the user's data folder.</summary>
    public const string AppFolderName = "empathy";

    /// <summary>Resolves the data folder (without creating it).</summary>
    /// <param name="option">The <c>--data-dir</c> value, or <see langword="null"/>.</param>
    /// <param name="environment">Where <c>XDG_DATA_HOME</c> and the home folder are read.</param>
    /// <returns>An absolute path.</returns>
    /// <exception cref="CliException">The option is empty (exit 1), or no folder can be found (no option, no XDG variable, no home folder; exit 2).</exception>
    public static string Resolve(string? option, CliEnvironment environment)
    {
        if (option is not null)
        {
            return string.IsNullOrWhiteSpace(option)
                ? throw CliException.BadInput("--data-dir must name a folder; it was empty. Leave the option out to use the default folder.")
                : Path.GetFullPath(option);
        }

        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (environment.Get(CliEnvironment.XdgDataHomeVariable) is { } xdg && Path.IsPathFullyQualified(xdg))
        {
            return Path.Combine(xdg, AppFolderName);
        }

        if (environment.HomeDirectory is { } home)
        {
            return Path.Combine(home, ".local", "share", AppFolderName);
        }

        throw CliException.StorageOrKey($"Cannot find a data folder: give --data-dir <dir> or set {CliEnvironment.XdgDataHomeVariable}.");
    }
}
