namespace Empathy.Samples.Console.Hosting;

/// <summary>
/// What the program reads from its surroundings: environment variables and the user's home folder.
/// Tests pass their own values instead of the process's.
/// </summary>
internal sealed class CliEnvironment
{
    /// <summary>The variable that holds the journal passphrase for scripts and tests.</summary>
    public const string PassphraseVariable = "EMPATHY_PASSPHRASE";

    /// <summary>The XDG base-directory variable for user data.</summary>
    public const string XdgDataHomeVariable = "XDG_DATA_HOME";

    /// <summary>The language the insight checks read text in when <c>--language</c> is left out (<c>en</c> or <c>es</c>).</summary>
    public const string LanguageVariable = "EMPATHY_LANGUAGE";

    /// <summary>Set (to anything) to print stack traces of unexpected errors.</summary>
    public const string DebugVariable = "EMPATHY_DEBUG";

    private readonly Func<string, string?> _variables;

    /// <summary>Creates an environment that reads variables through <paramref name="variables"/>.</summary>
    /// <param name="variables">Looks a variable up by name; returns <see langword="null"/> when it is not set.</param>
    /// <param name="homeDirectory">The user's home folder, or <see langword="null"/> when unknown.</param>
    public CliEnvironment(Func<string, string?> variables, string? homeDirectory)
    {
        _variables = variables;
        HomeDirectory = string.IsNullOrEmpty(homeDirectory) ? null : homeDirectory;
    }

    /// <summary>The user's home folder, or <see langword="null"/> when unknown.</summary>
    public string? HomeDirectory { get; }

    /// <summary>The process's own environment.</summary>
    public static CliEnvironment FromProcess() =>
        new(Environment.GetEnvironmentVariable, Environment.GetEnvironmentVariable("HOME") is { Length: > 0 } home
            ? home
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    /// <summary>An environment with only the given variables set.</summary>
    /// <param name="variables">The variables that are set.</param>
    /// <param name="homeDirectory">The home folder.</param>
    public static CliEnvironment FromValues(IReadOnlyDictionary<string, string> variables, string? homeDirectory) =>
        new(name => variables.TryGetValue(name, out var value) ? value : null, homeDirectory);

    /// <summary>The value of a variable, or <see langword="null"/> when it is not set or is empty.</summary>
    /// <param name="name">The variable's name.</param>
    public string? Get(string name) => _variables(name) is { Length: > 0 } value ? value : null;
}
