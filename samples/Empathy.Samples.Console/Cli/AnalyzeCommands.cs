using System.CommandLine;
using Empathy.Core.Insights;
using Empathy.Core.Insights.Messages;
using Empathy.Core.Insights.Observations;
using Empathy.Core.Insights.Replies;
using Empathy.Samples.Console.Views;
using Empathy.Samples.Console.Json;
using Empathy.Samples.Console.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Empathy.Samples.Console.Cli;

/// <summary>
/// <c>empathy analyze observation|message|reply [&lt;text&gt;] [--language en|es]</c>: explainable checks of a text. With no text
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
    /// <param name="language">The text's language, one of <see cref="InsightOptions.BuiltInLanguages"/>.</param>
    public static void Analyze(EmpathyApp app, Check check, string text, OutputFormat format, string language = CommonOptions.DefaultLanguage)
    {
        var services = app.Services;
        var ui = app.Terminal.Ui;
        var output = app.Terminal.Out;
        switch (check)
        {
            case Check.Observation:
                var observation = services.GetRequiredKeyedService<IObservationCheck>(language).Check(text);
                if (format == OutputFormat.Json)
                {
                    JsonOutput.WriteLine(output, new ObservationLine(observation.IsObjective, [.. observation.Findings.Select(FindingLine.From)], observation.RewriteHint, observation.HasCrisisSignal, CrisisMentionLine.All(text, observation)), JsonOutput.Cli.ObservationLine);
                }
                else
                {
                    AnalysisView.Render(ui, text, observation);
                }

                break;
            case Check.Message:
                var message = services.GetRequiredKeyedService<IMessageCheck>(language).Check(text);
                if (format == OutputFormat.Json)
                {
                    JsonOutput.WriteLine(output, new MessageLine(message.IsAccusation, [.. message.Findings.Select(FindingLine.From)], message.Suggestion, message.HasCrisisSignal, CrisisMentionLine.All(text, message)), JsonOutput.Cli.MessageLine);
                }
                else
                {
                    AnalysisView.Render(ui, text, message);
                }

                break;
            default:
                var reply = services.GetRequiredKeyedService<IReplyCheck>(language).Check(text);
                if (format == OutputFormat.Json)
                {
                    JsonOutput.WriteLine(
                        output,
                        new ReplyLine(reply.IsDismissive, reply.Components, reply.Explores, [.. reply.Evidence.Select(EvidenceLine.From)], [.. reply.Findings.Select(FindingLine.From)], reply.Suggestions, reply.HasCrisisSignal, CrisisMentionLine.All(text, reply)),
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
            Description = $"The text to check (at most {TextLimits.MaxTextDescription}); omit it to read one text per line from standard input (JSON Lines out).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = CommonOptions.Format();
        var language = CommonOptions.Language(app.Environment);
        var command = new Command(name, description) { text, format, language };
        // Standard input is answered in JSON Lines only; asking for text there must not be silently ignored.
        command.Validators.Add(result =>
        {
            if (result.GetResult(text) is not { Tokens.Count: > 0 }
                && result.GetResult(format) is { Implicit: false, Tokens: [{ Value: var given }] }
                && given.Equals("text", StringComparison.OrdinalIgnoreCase))
            {
                result.AddError($"--format text needs the text as an argument: from standard input, 'analyze {name}' writes JSON Lines (one object per line). Give the text, or leave --format out.");
            }
        });
        command.SetAction(async (parse, cancellation) =>
        {
            if (parse.GetValue(text) is { } single)
            {
                if (Refusal(single) is { } problem)
                {
                    throw CliException.BadInput(problem.Message);
                }

                Analyze(app, check, single, parse.GetValue(format), parse.GetValue(language)!);
                return ExitCodes.Success;
            }

            return await AnalyzeLinesAsync(app, check, parse.GetValue(language)!, cancellation).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>
    /// Standard input: one text per line, one JSON object per line, in order, written as each line is
    /// read. A line that cannot be checked (empty, over the limit, not UTF-8) gets a refusal object on
    /// its output line, so that output line n always answers input line n, and the run ends with exit 1.
    /// </summary>
    private static async Task<int> AnalyzeLinesAsync(EmpathyApp app, Check check, string language, CancellationToken cancellation)
    {
        var reader = new BoundedLineReader(app.Terminal.In, TextLimits.MaxTextBytes);
        var refused = 0;
        while (await reader.ReadLineAsync(cancellation).ConfigureAwait(false) is { } line)
        {
            var problem = line.Problem switch
            {
                LineProblem.TooLong => new RefusedLine(line.Number, "too-long", $"longer than {TextLimits.MaxTextDescription}; not checked."),
                LineProblem.InvalidUtf8 => new RefusedLine(line.Number, "invalid-utf8", $"not valid UTF-8 text: {line.Fault!.Value.Describe(withLine: false, stream: "standard input")}; not checked."),
                _ => Refusal(line.Text!) is { } refusal ? refusal with { Line = line.Number } : null,
            };
            if (problem is null)
            {
                Analyze(app, check, line.Text!, OutputFormat.Json, language);
                continue;
            }

            refused++;
            JsonOutput.WriteLine(app.Terminal.Out, problem, JsonOutput.Cli.RefusedLine);
            await app.Terminal.Error.WriteLineAsync($"{EmpathyCli.CommandName}: line {problem.Line}: {problem.Message}").ConfigureAwait(false);
        }

        return refused == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }

    private static RefusedLine? Refusal(string text) =>
        string.IsNullOrWhiteSpace(text) ? new RefusedLine(0, "empty", "empty text: there is nothing to check.")
        : !TextLimits.Fits(text) ? new RefusedLine(0, "too-long", $"the text is longer than {TextLimits.MaxTextDescription}; check it in parts.")
        : null;
}
