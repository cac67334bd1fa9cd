using System.CommandLine;
using Empathy.Samples.Console.Hosting;

namespace Empathy.Samples.Console.Cli;

/// <summary><c>empathy exercises list|run</c>: the exercises of the built-in pack.</summary>
internal static class ExercisesCommands
{
    /// <summary>Builds the command group.</summary>
    /// <param name="app">The app the commands run in.</param>
    /// <param name="dataDirectory">The global <c>--data-dir</c> option.</param>
    public static Command Build(EmpathyApp app, Option<string?> dataDirectory)
    {
        _ = app;
        _ = dataDirectory;
        var list = new Command("list", "List the exercises.") { CommonOptions.Format() }
            .WaitsOn("the exercise packs");
        var id = new Argument<string>("id") { Description = "The exercise's id, as `exercises list` shows it." };
        var run = new Command("run", "Run an exercise step by step; the response is validated and saved (the archaeologist journal writes a journal entry).") { id }
            .WaitsOn("the exercise packs");
        return new Command("exercises", "Practise with guided exercises.") { list, run };
    }
}
