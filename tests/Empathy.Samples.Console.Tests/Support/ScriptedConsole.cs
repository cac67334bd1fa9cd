using Spectre.Console;
using Spectre.Console.Rendering;

namespace Empathy.Samples.Console.Tests.Support;

/// <summary>An interactive console that renders like <paramref name="inner"/> and reads keys from a script.</summary>
/// <param name="inner">The console that renders (plain, over a string writer).</param>
/// <param name="keys">The key presses to answer prompts with.</param>
internal sealed class ScriptedConsole(IAnsiConsole inner, ScriptedKeys keys) : IAnsiConsole
{
    public Profile Profile => inner.Profile;

    public IAnsiConsoleCursor Cursor => inner.Cursor;

    public IAnsiConsoleInput Input => keys;

    public IExclusivityMode ExclusivityMode => inner.ExclusivityMode;

    public RenderPipeline Pipeline => inner.Pipeline;

    public void Clear(bool home) => inner.Clear(home);

    public void Write(IRenderable renderable) => inner.Write(renderable);
}
