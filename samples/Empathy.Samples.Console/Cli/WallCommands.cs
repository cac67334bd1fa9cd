using System.CommandLine;
using Empathy.Samples.Console.Hosting;

namespace Empathy.Samples.Console.Cli;

/// <summary><c>empathy wall diagnose</c>: read the wall in front of you and find the dance move.</summary>
internal static class WallCommands
{
    /// <summary>Builds the command group.</summary>
    /// <param name="app">The app the commands run in.</param>
    public static Command Build(EmpathyApp app)
    {
        _ = app;
        var diagnose = new Command("diagnose", "Answer questions about the signals you see; get the wall (defense, logic, mixed), its reasons and the dance move.")
            .WaitsOn("the walls catalogue");
        return new Command("wall", "Read the wall in front of you.") { diagnose };
    }
}
