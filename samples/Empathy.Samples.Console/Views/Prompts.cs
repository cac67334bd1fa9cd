using Empathy.Core.Components;
using Spectre.Console;

namespace Empathy.Samples.Console.Views;

/// <summary>Typed prompts used by the interactive flows; each validates before it returns.</summary>
internal static class Prompts
{
    /// <summary>Asks for a whole number in <paramref name="min"/>..<paramref name="max"/>.</summary>
    /// <param name="ui">Where to ask.</param>
    /// <param name="question">The question, as markup.</param>
    /// <param name="min">The smallest allowed value.</param>
    /// <param name="max">The largest allowed value.</param>
    /// <param name="defaultValue">The value taken when the user just presses Enter, if any.</param>
    public static int AskNumber(IAnsiConsole ui, string question, int min, int max, int? defaultValue = null)
    {
        var prompt = new TextPrompt<int>($"{question} [grey]({min}-{max})[/]")
            .ValidationErrorMessage($"[red]Type a whole number from {min} to {max}.[/]")
            .Validate(value => value >= min && value <= max
                ? ValidationResult.Success()
                : ValidationResult.Error($"[red]{value} is outside {min}-{max}.[/]"));
        if (defaultValue is { } value)
        {
            prompt.DefaultValue(value);
        }

        return ui.Prompt(prompt);
    }

    /// <summary>Asks for a level on the library's 0–100 scale.</summary>
    /// <param name="ui">Where to ask.</param>
    /// <param name="question">The question, as markup.</param>
    /// <param name="defaultValue">The value taken on Enter, if any.</param>
    public static int AskLevel(IAnsiConsole ui, string question, int? defaultValue = null) =>
        AskNumber(ui, question, EmpathyLevels.Min, EmpathyLevels.Max, defaultValue);

    /// <summary>Asks for a line of text, asking again while it is blank (when required) or longer than <paramref name="maxLength"/>.</summary>
    /// <param name="ui">Where to ask.</param>
    /// <param name="question">The question, as markup.</param>
    /// <param name="required">Whether an empty answer is refused.</param>
    /// <param name="maxLength">The most characters the trimmed answer may have (the library's limit for what it becomes), or <see langword="null"/>.</param>
    /// <returns>The trimmed answer; empty when not required and skipped.</returns>
    public static string AskText(IAnsiConsole ui, string question, bool required, int? maxLength = null)
    {
        var prompt = new TextPrompt<string>(required ? question : $"{question} [grey](Enter to skip)[/]");
        if (!required)
        {
            prompt.AllowEmpty();
        }

        // One validator: Spectre keeps only the last one set.
        prompt.Validate(text =>
        {
            var trimmed = (text ?? string.Empty).Trim();
            if (required && trimmed.Length == 0)
            {
                return ValidationResult.Error("[red]This one is required.[/]");
            }

            return maxLength is { } max && trimmed.Length > max
                ? ValidationResult.Error($"[red]At most {max} characters, please; this has {trimmed.Length}.[/]")
                : ValidationResult.Success();
        });

        return ui.Prompt(prompt).Trim();
    }

    /// <summary>
    /// Asks for any number of choices from a list and then echoes what was picked (Spectre clears a
    /// multi-selection when it ends, so without the echo the person cannot see their answer).
    /// </summary>
    /// <typeparam name="T">The choice type.</typeparam>
    /// <param name="ui">Where to ask.</param>
    /// <param name="title">The question, as markup, or <see langword="null"/>.</param>
    /// <param name="choices">What can be picked.</param>
    /// <param name="label">A choice's label, as plain text.</param>
    /// <param name="required">Whether at least one must be picked.</param>
    public static List<T> AskMany<T>(IAnsiConsole ui, string? title, IEnumerable<T> choices, Func<T, string> label, bool required)
        where T : notnull
    {
        var prompt = new MultiSelectionPrompt<T>()
            .Required(required)
            .PageSize(12)
            .InstructionsText("[grey](Space to pick, Enter when done)[/]")
            .UseConverter(choice => Markup.Escape(label(choice)))
            .AddChoices(choices);
        if (title is not null)
        {
            prompt.Title(title);
        }

        var picked = ui.Prompt(prompt);
        ui.MarkupLine(picked.Count == 0
            ? "[grey]Picked: none[/]"
            : $"[grey]Picked:[/] {Markup.Escape(string.Join(", ", picked.Select(label)))}");
        return picked;
    }

    /// <summary>Asks for several lines of text, one per prompt, until an empty answer.</summary>
    /// <param name="ui">Where to ask.</param>
    /// <param name="question">The question, as markup.</param>
    public static IReadOnlyList<string> AskLines(IAnsiConsole ui, string question)
    {
        ui.MarkupLine($"{question} [grey](one per line; an empty line ends)[/]");
        var lines = new List<string>();
        while (true)
        {
            var line = ui.Prompt(new TextPrompt<string>("  >").AllowEmpty()).Trim();
            if (line.Length == 0)
            {
                return lines;
            }

            lines.Add(line);
        }
    }
}
