using Spectre.Console;

namespace Empathy.Samples.Console.Hosting;

/// <summary>
/// Where the journal passphrase comes from: <c>EMPATHY_PASSPHRASE</c> when set, else a hidden prompt,
/// typed twice when the journal is created so that a typo cannot lock the user out.
/// </summary>
internal static class PassphraseSource
{
    /// <summary>Gets the passphrase.</summary>
    /// <param name="terminal">Where to prompt.</param>
    /// <param name="environment">Where the variable is read.</param>
    /// <param name="creating">Whether the journal is about to be created (the passphrase is then confirmed).</param>
    /// <returns>A non-empty passphrase.</returns>
    /// <exception cref="CliException">No variable and no terminal (exit 2), or a blank variable or a confirmation that differs (exit 1).</exception>
    public static string Obtain(Terminal terminal, CliEnvironment environment, bool creating)
    {
        if (environment.Get(CliEnvironment.PassphraseVariable) is { } fromEnvironment)
        {
            return string.IsNullOrWhiteSpace(fromEnvironment)
                ? throw CliException.BadInput($"{CliEnvironment.PassphraseVariable} holds only white space: set it to the journal's passphrase, or unset it to type the passphrase.")
                : fromEnvironment;
        }

        if (!terminal.CanPrompt)
        {
            throw CliException.StorageOrKey($"No passphrase: set {CliEnvironment.PassphraseVariable}, or run in a terminal to type it.");
        }

        if (creating)
        {
            terminal.Ui.MarkupLine("[grey]A new encrypted journal will be created. Choose a passphrase: it cannot be recovered if lost.[/]");
        }

        var passphrase = Ask(terminal, creating ? "New journal passphrase:" : "Journal passphrase:");
        if (creating && Ask(terminal, "Type it again:") != passphrase)
        {
            throw CliException.BadInput("The two passphrases differ; nothing was created.");
        }

        return passphrase;
    }

    private static string Ask(Terminal terminal, string prompt) =>
        terminal.Ui.Prompt(new TextPrompt<string>(prompt)
            .Secret()
            .Validate(text => string.IsNullOrWhiteSpace(text)
                ? ValidationResult.Error("[red]A passphrase cannot be blank.[/]")
                : ValidationResult.Success()));
}
