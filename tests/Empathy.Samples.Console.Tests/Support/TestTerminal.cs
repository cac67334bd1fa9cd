using Spectre.Console;
using Spectre.Console.Testing;

namespace Empathy.Samples.Console.Tests.Support;

/// <summary>
/// Spectre.Console.Testing's <see cref="TestConsole"/> set up as a person's terminal (interactive,
/// 100 columns), with short names for the keys the tests press. A prompt that asks for more keys than
/// were pushed fails the test (the test console throws) instead of hanging it.
/// </summary>
internal static class TestTerminal
{
    /// <summary>A new interactive test console, 100 columns wide.</summary>
    public static TestConsole Console() => new TestConsole().Interactive().Width(100);

    /// <summary>Types <paramref name="text"/> and presses Enter.</summary>
    /// <param name="console">The console.</param>
    /// <param name="text">The text.</param>
    public static TestConsole Line(this TestConsole console, string text)
    {
        console.Input.PushTextWithEnter(text);
        return console;
    }

    /// <summary>Presses Enter.</summary>
    /// <param name="console">The console.</param>
    public static TestConsole Enter(this TestConsole console) => Press(console, ConsoleKey.Enter);

    /// <summary>Presses the space bar (toggles a choice in a multi-selection).</summary>
    /// <param name="console">The console.</param>
    public static TestConsole Space(this TestConsole console) => Press(console, ConsoleKey.Spacebar);

    /// <summary>Presses the down arrow <paramref name="times"/> times.</summary>
    /// <param name="console">The console.</param>
    /// <param name="times">How many times.</param>
    public static TestConsole Down(this TestConsole console, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            Press(console, ConsoleKey.DownArrow);
        }

        return console;
    }

    /// <summary>Whether every key pushed was read.</summary>
    /// <param name="console">The console.</param>
    public static bool AllKeysRead(this TestConsole console) => !console.Input.IsKeyAvailable();

    private static TestConsole Press(TestConsole console, ConsoleKey key)
    {
        console.Input.PushKey(key);
        return console;
    }
}
