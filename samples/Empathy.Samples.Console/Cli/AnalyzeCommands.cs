using System.CommandLine;
using Empathy.Samples.Console.Hosting;

namespace Empathy.Samples.Console.Cli;

/// <summary><c>empathy analyze observation|message|reply</c>: explainable checks of a text.</summary>
internal static class AnalyzeCommands
{
    /// <summary>Builds the command group.</summary>
    /// <param name="app">The app the commands run in.</param>
    public static Command Build(EmpathyApp app)
    {
        _ = app;
        const string Insights = "the insights analysers";
        var observation = new Command("observation", "Check that what happened is written as an observation, not an interpretation.") { TextArgument(), CommonOptions.Format() }.WaitsOn(Insights);
        var message = new Command("message", "Check a message for accusations and get an I-statement suggestion.") { TextArgument(), CommonOptions.Format() }.WaitsOn(Insights);
        var reply = new Command("reply", "Check a reply to someone in pain for dismissive moves and the empathy it shows.") { TextArgument(), CommonOptions.Format() }.WaitsOn(Insights);
        return new Command("analyze", "Check a text; with no text argument, reads one text per line from standard input and writes one JSON object per line.")
        {
            observation, message, reply,
        };
    }

    private static Argument<string?> TextArgument() => new("text")
    {
        Description = "The text to check; omit it to read one text per line from standard input.",
        Arity = ArgumentArity.ZeroOrOne,
    };
}
