using Spectre.Console;

namespace Empathy.Samples.Console.Tests.Support;

/// <summary>
/// Key presses fed to Spectre.Console prompts, in order (our own small stand-in for
/// Spectre.Console.Testing, which is not available here). Running out of keys fails the test
/// instead of hanging it.
/// </summary>
internal sealed class ScriptedKeys : IAnsiConsoleInput
{
    private readonly Queue<ConsoleKeyInfo> _keys = new();

    /// <summary>Types <paramref name="text"/> and presses Enter.</summary>
    /// <param name="text">The text to type.</param>
    public ScriptedKeys Line(string text)
    {
        foreach (var c in text)
        {
            _keys.Enqueue(new ConsoleKeyInfo(c, ConsoleKey.NoName, shift: false, alt: false, control: false));
        }

        return Enter();
    }

    /// <summary>Presses Enter.</summary>
    public ScriptedKeys Enter() => Key(ConsoleKey.Enter, '\r');

    /// <summary>Presses the down arrow <paramref name="times"/> times.</summary>
    /// <param name="times">How many times.</param>
    public ScriptedKeys Down(int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            Key(ConsoleKey.DownArrow, '\0');
        }

        return this;
    }

    /// <summary>Presses the space bar (toggles a choice in a multi-selection).</summary>
    public ScriptedKeys Space() => Key(ConsoleKey.Spacebar, ' ');

    /// <summary>How many key presses are left.</summary>
    public int Remaining => _keys.Count;

    /// <inheritdoc />
    public bool IsKeyAvailable() => _keys.Count > 0;

    /// <inheritdoc />
    public ConsoleKeyInfo? ReadKey(bool intercept) =>
        _keys.Count > 0 ? _keys.Dequeue() : throw new InvalidOperationException("The script ran out of key presses: the program asked for more input than the test gave.");

    /// <inheritdoc />
    public Task<ConsoleKeyInfo?> ReadKeyAsync(bool intercept, CancellationToken cancellationToken) =>
        Task.FromResult(ReadKey(intercept));

    private ScriptedKeys Key(ConsoleKey key, char c)
    {
        _keys.Enqueue(new ConsoleKeyInfo(c, key, shift: false, alt: false, control: false));
        return this;
    }
}
