using System.CommandLine;
using Empathy.Core.Insights.Messages;
using Empathy.Core.Insights.Observations;
using Empathy.Core.Insights.Replies;
using Empathy.Samples.Console.Views;
using Empathy.Samples.Console.Json;
using Empathy.Samples.Console.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Empathy.Samples.Console.Cli;

/// <summary>
/// <c>empathy analyze observation|message|reply [&lt;text&gt;]</c>: explainable checks of a text. With no text
/// argument, each line of standard input is one text and each gets one JSON object on its own output
/// line, in order (JSON Lines).
/// </summary>
internal static class AnalyzeCommands
{
    /// <summary>The three checks.</summary>
    internal enum Check
    {
        Observation,
        Message,
        Reply,
    }

    /// <summary>Builds the command group.</summary>
    /// <param name="app">The app the commands run in.</param>
    public static Command Build(EmpathyApp app) => new("analyze", "Check a text; with no text argument, reads one text per line from standard input and writes one JSON object per line.")
    {
        Command(app, Check.Observation, "observation", "Check that what happened is written as an observation, not an interpretation."),
        Command(app, Check.Message, "message", "Check a message for accusations and get an I-statement suggestion."),
        Command(app, Check.Reply, "reply", "Check a reply to someone in pain for dismissive moves and the empathy it shows."),
    };

    /// <summary>Checks <paramref name="text"/> and writes the result as JSON or as an explanation.</summary>
    /// <param name="app">The app.</param>
    /// <param name="check">Which check.</param>
    /// <param name="text">The text.</param>
    /// <param name="format">How to write.</param>
    public static void Analyze(EmpathyApp app, Check check, string text, OutputFormat format)
    {
        var services = app.Services;
        var ui = app.Terminal.Ui;
        var output = app.Terminal.Out;
        switch (check)
        {
            case Check.Observation:
                var observation = services.GetRequiredService<IObservationCheck>().Check(text);
                if (format == OutputFormat.Json)
                {
                    JsonOutput.WriteLine(output, new ObservationLine(observation.IsObjective, [.. observation.Findings.Select(FindingLine.From)], observation.RewriteHint, observation.HasCrisisSignal), JsonOutput.Cli.ObservationLine);
                }
                else
                {
                    AnalysisView.Render(ui, text, observation);
                }

                break;
            case Check.Message:
                var message = services.GetRequiredService<IMessageCheck>().Check(text);
                if (format == OutputFormat.Json)
                {
                    JsonOutput.WriteLine(output, new MessageLine(message.IsAccusation, [.. message.Findings.Select(FindingLine.From)], message.Suggestion, message.HasCrisisSignal), JsonOutput.Cli.MessageLine);
                }
                else
                {
                    AnalysisView.Render(ui, text, message);
                }

                break;
            default:
                var reply = services.GetRequiredService<IReplyCheck>().Check(text);
                if (format == OutputFormat.Json)
                {
                    JsonOutput.WriteLine(
                        output,
                        new ReplyLine(reply.IsDismissive, [.. reply.Components.Select(c => c.ToString().ToLowerInvariant())], [.. reply.Findings.Select(FindingLine.From)], reply.Suggestions, reply.HasCrisisSignal),
                        JsonOutput.Cli.ReplyLine);
                }
                else
                {
                    AnalysisView.Render(ui, text, reply);
                }

                break;
        }
    }

    private static Command Command(EmpathyApp app, Check check, string name, string description)
    {
        var text = new Argument<string?>("text")
        {
            Description = "The text to check; omit it to read one text per line from standard input (JSON Lines out).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = CommonOptions.Format();
        var command = new Command(name, description) { text, format };
        command.SetAction(async (parse, cancellation) =>
        {
            if (parse.GetValue(text) is { } single)
            {
                Analyze(app, check, single, parse.GetValue(format));
                return ExitCodes.Success;
            }

            // Standard input: one text per line, one JSON object per line, in order; empty lines included,
            // so that output line n always answers input line n.
            while (await app.Terminal.In.ReadLineAsync(cancellation).ConfigureAwait(false) is { } line)
            {
                Analyze(app, check, line, OutputFormat.Json);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
