using Spectre.Console;

namespace Empathy.Samples.Console.Hosting;

/// <summary>
/// Everything the program reads from and writes to: a Spectre.Console <see cref="IAnsiConsole"/> for
/// rendering and prompts, plain writers for machine-readable output and error lines, and standard input.
/// The process uses <see cref="FromSystemConsole"/>; tests build one over string writers so they can
/// read what a command printed.
/// </summary>
/// <param name="ui">Rendering and prompts (tables, colours, selections).</param>
/// <param name="output">Standard output for machine-readable text (JSON, ids); the same stream <paramref name="ui"/> writes to.</param>
/// <param name="error">Standard error, for one-line error messages.</param>
/// <param name="input">Standard input as bytes, read with a bounded reader by commands that take texts from it (so invalid UTF-8 is caught, not replaced).</param>
internal sealed class Terminal(IAnsiConsole ui, TextWriter output, TextWriter error, Stream input)
{
    /// <summary>Rendering and prompts.</summary>
    public IAnsiConsole Ui { get; } = ui;

    /// <summary>Standard output, for machine-readable text.</summary>
    public TextWriter Out { get; } = output;

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>Standard input, as bytes.</summary>
    public Stream In { get; } = input;

    /// <summary>Whether a person can answer prompts (a terminal on both ends).</summary>
    public bool CanPrompt => Ui.Profile.Capabilities.Interactive;

    /// <summary>The process's console: colours and prompts when attached to a terminal, plain text when redirected.</summary>
    public static Terminal FromSystemConsole()
    {
        var output = System.Console.Out;
        var redirected = System.Console.IsOutputRedirected;
        var interactive = !System.Console.IsInputRedirected && !redirected;
        var ui = AnsiConsole.Create(new AnsiConsoleSettings
        {
            // Redirected output is for files and scripts: plain text, no escape codes.
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Out = new AnsiConsoleOutput(output),
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        return new Terminal(ui, output, System.Console.Error, System.Console.OpenStandardInput());
    }

    /// <summary>
    /// A terminal over plain writers with no colours and no ANSI codes, so the output can be read and
    /// compared; prompts are refused (<see cref="CanPrompt"/> is false) unless <paramref name="ui"/> says otherwise.
    /// </summary>
    /// <param name="output">Receives standard output.</param>
    /// <param name="error">Receives standard error.</param>
    /// <param name="input">Standard input; empty when <see langword="null"/>.</param>
    /// <param name="ui">A console to use instead of the plain one over <paramref name="output"/> (for scripted prompts).</param>
    public static Terminal Plain(TextWriter output, TextWriter error, Stream? input = null, IAnsiConsole? ui = null) =>
        new(ui ?? CreatePlainConsole(output, interactive: false), output, error, input ?? Stream.Null);

    /// <summary>
    /// A console over <paramref name="output"/> with no colours and a fixed width of 100. Prompts need
    /// ANSI cursor movement, so an interactive one writes ANSI codes (but still no colours).
    /// </summary>
    /// <param name="output">Where the console writes.</param>
    /// <param name="interactive">Whether prompts are allowed.</param>
    public static IAnsiConsole CreatePlainConsole(TextWriter output, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        console.Profile.Width = 100;
        return console;
    }
}
