using Empathy.Core.Boundaries;
using Empathy.Core.Walls;
using Empathy.Samples.Console.Hosting;
using Spectre.Console;

namespace Empathy.Samples.Console.Views;

/// <summary>
/// Helps fill in a dance move: an I-statement (reduce threat) or an IF-THEN rule (switch to their
/// channel). The library's own validation decides; a refused part is explained and asked again.
/// </summary>
internal static class DanceMoveForm
{
    /// <summary>Asks for the four parts of an I-statement until the library accepts them.</summary>
    /// <param name="ui">Where to ask.</param>
    /// <param name="diagnoser">Starts the statement builder (with the configured disguised accusations).</param>
    public static FeelingStatement AskFeelingStatement(IAnsiConsole ui, IWallDiagnoser diagnoser)
    {
        ui.MarkupLine("[grey]An I-statement: an observation, your feeling, your need, one request.[/]");
        var observation = Prompts.AskText(ui, "When [grey](what a camera would have recorded)[/]", required: true, FeelingStatement.MaxPartLength);
        while (true)
        {
            var feeling = Prompts.AskText(ui, "I feel", required: true, FeelingStatement.MaxPartLength);
            var builder = diagnoser.StartFeelingStatement().When(observation).IFeel(feeling);
            // Check the feeling before asking the rest, so a disguised accusation is answered at once.
            if (builder.Build() is { Accepted: false } refused)
            {
                ui.MarkupLine($"[yellow]{Markup.Escape(refused.Explain())}[/]");
                continue;
            }

            if (Prompts.AskText(ui, "because I need", required: false, FeelingStatement.MaxPartLength) is { Length: > 0 } need)
            {
                builder.BecauseINeed(need);
            }

            if (Prompts.AskText(ui, "Would you", required: false, FeelingStatement.MaxPartLength) is { Length: > 0 } request)
            {
                builder.WouldYou(request);
            }

            return builder.Build().Statement!;
        }
    }

    /// <summary>Asks for an IF-THEN rule: the behaviour, the consequence, and optionally when it applies.</summary>
    /// <param name="ui">Where to ask.</param>
    public static IfThenRule AskRule(IAnsiConsole ui)
    {
        ui.MarkupLine("[grey]A rule: IF their behaviour THEN what you will do, said as a fact, not a threat.[/]");
        var behaviour = Prompts.AskText(ui, "If [grey](their behaviour, e.g. \"you interrupt me\")[/]", required: true, IfThenRule.MaxTextLength);
        var timeframe = Prompts.AskText(ui, "When does it apply? [grey](e.g. \"in the next meeting\")[/]", required: false, IfThenRule.MaxTextLength);
        var consequence = Prompts.AskText(ui, "then [grey](what you will do, e.g. \"I will stop and ask you to finish first\")[/]", required: true, IfThenRule.MaxTextLength);
        return new IfThenRule
        {
            Behaviour = behaviour,
            Consequence = consequence,
            Timeframe = timeframe.Length == 0 ? null : timeframe,
        };
    }
}
