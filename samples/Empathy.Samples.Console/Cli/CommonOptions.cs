using System.CommandLine;

namespace Empathy.Samples.Console.Cli;

/// <summary>Options shared by several commands, created the same way everywhere.</summary>
internal static class CommonOptions
{
    /// <summary>The global <c>--data-dir</c> option, valid on every command.</summary>
    public static Option<string?> DataDirectory()
    {
        var option = new Option<string?>("--data-dir")
        {
            Description = "Folder that holds the journal (default: $XDG_DATA_HOME/empathy, else ~/.local/share/empathy).",
            HelpName = "dir",
            Recursive = true,
        };
        // An empty value is a mistake (an unset shell variable, say), never a request for the default.
        option.Validators.Add(result =>
        {
            if (result.Tokens.Any(token => string.IsNullOrWhiteSpace(token.Value)))
            {
                result.AddError("--data-dir must name a folder; it was empty. Leave the option out to use the default folder.");
            }
        });
        return option;
    }

    /// <summary>A <c>--format text|json</c> option, text by default.</summary>
    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "Output format: text for people, json for scripts.",
        HelpName = "text|json",
        DefaultValueFactory = _ => OutputFormat.Text,
    };
}
