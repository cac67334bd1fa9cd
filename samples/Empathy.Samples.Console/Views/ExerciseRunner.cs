using System.Globalization;
using Empathy.Core.Exercises;
using Spectre.Console;

namespace Empathy.Samples.Console.Views;

/// <summary>
/// Walks a person through an exercise, one typed prompt per step: text as lines, a choice as a
/// selection, a scale as a whole number in range, a timer as a live countdown, info as a panel.
/// </summary>
internal static class ExerciseRunner
{
    private const string Skip = "(skip)";

    /// <summary>Runs <paramref name="exercise"/> and returns the answers as the library's response (not yet validated).</summary>
    /// <param name="ui">Where to ask.</param>
    /// <param name="exercise">The exercise.</param>
    /// <param name="time">The clock for timer steps.</param>
    /// <param name="cancellation">Stops the exercise.</param>
    public static async Task<ExerciseResponse> RunAsync(IAnsiConsole ui, ExerciseDefinition exercise, TimeProvider time, CancellationToken cancellation)
    {
        ui.Write(new Rule($"[bold]{Markup.Escape(exercise.Title.Current)}[/]").LeftJustified());
        ui.MarkupLine($"[grey]{Markup.Escape(exercise.Summary.Current)}[/]");
        if (exercise.Caution is { } caution)
        {
            ui.MarkupLine($"[yellow]{Markup.Escape(caution.Current)}[/]");
        }

        var answers = new Dictionary<string, ExerciseAnswer>(StringComparer.Ordinal);
        foreach (var (step, number) in exercise.Steps.Select((s, i) => (s, i + 1)))
        {
            cancellation.ThrowIfCancellationRequested();
            ui.WriteLine();
            ui.MarkupLine($"[grey]Step {number.ToString(CultureInfo.InvariantCulture)} of {exercise.Steps.Count.ToString(CultureInfo.InvariantCulture)}[/]");
            if (await AskAsync(ui, step, time, cancellation).ConfigureAwait(false) is { } answer)
            {
                answers[step.Id] = answer;
            }
        }

        return new ExerciseResponse { PackName = exercise.PackName, ExerciseId = exercise.Id, Answers = answers };
    }

    private static async Task<ExerciseAnswer?> AskAsync(IAnsiConsole ui, ExerciseStep step, TimeProvider time, CancellationToken cancellation)
    {
        var prompt = Markup.Escape(step.Prompt.Current);
        var required = step is AnswerableStep { Required: true };
        if (step.Kind != ExerciseStepKind.Info)
        {
            ui.MarkupLine($"[bold]{prompt}[/]{(required ? string.Empty : " [grey](optional)[/]")}");
            if (step.Hint is { } hint)
            {
                ui.MarkupLine($"[grey]{Markup.Escape(hint.Current)}[/]");
            }
        }

        switch (step)
        {
            case InfoStep:
                ui.Write(new Panel(new Markup(prompt)).Border(BoxBorder.Rounded));
                return null;
            case TimerStep timer:
                await Countdown.RunAsync(ui, timer.Duration, step.Prompt.Current, time, cancellation).ConfigureAwait(false);
                return null;
            case TextStep:
                var lines = AskTextLines(ui, required);
                return lines.Count == 0 ? null : ExerciseAnswer.FromText(string.Join('\n', lines));
            case ScaleStep scale:
                return AskScale(ui, scale, required) is { } number ? ExerciseAnswer.FromNumber(number) : null;
            case ChoiceStep { Multiple: true } choice:
                var picked = Prompts.AskMany(ui, title: null, choice.Options, o => o.Label.Current, required);
                return picked.Count == 0 ? null : ExerciseAnswer.FromChoices(picked.Select(o => o.Value));
            case ChoiceStep choice:
                var labels = choice.Options.Select(o => o.Label.Current).ToList();
                if (!required)
                {
                    labels.Add(Skip);
                }

                var label = ui.Prompt(new SelectionPrompt<string>().PageSize(12).UseConverter(Markup.Escape).AddChoices(labels));
                ui.MarkupLine($"[grey]Picked:[/] {Markup.Escape(label)}");
                return choice.Options.FirstOrDefault(o => o.Label.Current == label) is { } option ? ExerciseAnswer.FromChoices([option.Value]) : null;
            default:
                throw new InvalidOperationException($"Step kind {step.Kind} of step '{step.Id}' has no prompt.");
        }
    }

    private static List<string> AskTextLines(IAnsiConsole ui, bool required)
    {
        ui.MarkupLine("[grey](one item per line; an empty line ends)[/]");
        var lines = new List<string>();
        while (true)
        {
            var line = ui.Prompt(new TextPrompt<string>(">").AllowEmpty()).Trim();
            if (line.Length > 0)
            {
                lines.Add(line);
                continue;
            }

            if (lines.Count > 0 || !required)
            {
                return lines;
            }

            ui.MarkupLine("[red]This step is required: write at least one line.[/]");
        }
    }

    private static int? AskScale(IAnsiConsole ui, ScaleStep scale, bool required)
    {
        var range = string.Create(CultureInfo.InvariantCulture, $"{scale.Min}-{scale.Max}");
        var answer = ui.Prompt(new TextPrompt<string>($"[grey]({range}{(required ? string.Empty : ", Enter to skip")})[/]")
            .AllowEmpty()
            .Validate(text =>
            {
                if (text.Trim().Length == 0)
                {
                    return required ? ValidationResult.Error("[red]This step is required.[/]") : ValidationResult.Success();
                }

                return int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && scale.Contains(value)
                    ? ValidationResult.Success()
                    : ValidationResult.Error($"[red]Type a whole number from {range}.[/]");
            }));
        return answer.Trim().Length == 0 ? null : int.Parse(answer.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);
    }
}
