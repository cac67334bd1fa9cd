using System.CommandLine;

namespace Empathy.Samples.Console.Cli;

/// <summary>Options shared by several commands, created the same way everywhere.</summary>
internal static class CommonOptions
{
    /// <summary>The global <c>--data-dir</c> option, valid on every command.</summary>
    public static Option<string?> DataDirectory() => new("--data-dir")
    {
        Description = "Folder that holds the journal (default: $XDG_DATA_HOME/empathy, else ~/.local/share/empathy).",
        HelpName = "dir",
        Recursive = true,
    };

    /// <summary>A <c>--format text|json</c> option, text by default.</summary>
    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "Output format: text for people, json for scripts.",
        HelpName = "text|json",
        DefaultValueFactory = _ => OutputFormat.Text,
    };
}
