using System.Globalization;
using Spectre.Console;

namespace Empathy.Samples.Console.Views;

/// <summary>A live countdown for timed steps ("breathe for three minutes"); Enter ends it early.</summary>
internal static class Countdown
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(200);

    /// <summary>Counts <paramref name="duration"/> down on one live line.</summary>
    /// <param name="ui">Where to show it; key presses are read from its input.</param>
    /// <param name="duration">How long to count.</param>
    /// <param name="label">What the time is for, as plain text.</param>
    /// <param name="time">The clock.</param>
    /// <param name="cancellation">Stops the countdown.</param>
    /// <returns><see langword="true"/> when the full time ran; <see langword="false"/> when ended early.</returns>
    public static async Task<bool> RunAsync(IAnsiConsole ui, TimeSpan duration, string label, TimeProvider time, CancellationToken cancellation)
    {
        var started = time.GetTimestamp();
        var finished = false;
        await ui.Live(Line(label, duration)).StartAsync(async live =>
        {
            while (true)
            {
                cancellation.ThrowIfCancellationRequested();
                var left = duration - time.GetElapsedTime(started);
                if (left <= TimeSpan.Zero)
                {
                    live.UpdateTarget(Line(label, TimeSpan.Zero));
                    finished = true;
                    return;
                }

                live.UpdateTarget(Line(label, left));
                live.Refresh();
                if (ui.Input.IsKeyAvailable() && ui.Input.ReadKey(intercept: true) is { Key: ConsoleKey.Enter })
                {
                    return;
                }

                await Task.Delay(left < Tick ? left : Tick, time, cancellation).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
        ui.MarkupLine(finished ? "[green]Time.[/]" : "[grey]Ended early.[/]");
        return finished;
    }

    private static Markup Line(string label, TimeSpan left)
    {
        var seconds = (int)Math.Ceiling(left.TotalSeconds);
        var clock = string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{seconds % 60:00}");
        return new Markup($"[bold]{clock}[/] {Markup.Escape(label)} [grey](Enter to end early)[/]");
    }
}
