using System.Globalization;
using System.Text.Json;
using Empathy.Core.Components;
using Empathy.Core.Exercises;

namespace Empathy.Samples.Web.Exercises;

/// <summary>Every exercise of the catalog, in the request's culture.</summary>
public sealed record ExerciseListResponse(string Culture, IReadOnlyList<ExerciseSummary> Exercises);

/// <summary>One exercise with its steps, texts resolved in one culture.</summary>
public sealed record ExerciseSummary(string Pack, string Id, string Title, string Summary, IReadOnlyList<EmpathyComponent> Components, int? Minutes, string? Caution, IReadOnlyList<StepSummary> Steps)
{
    internal static ExerciseSummary From(ExerciseDefinition exercise, CultureInfo culture) => new(
        exercise.PackName, exercise.Id, exercise.Title.Resolve(culture), exercise.Summary.Resolve(culture), exercise.Components, exercise.Minutes,
        exercise.Caution?.Resolve(culture), [.. exercise.Steps.Select(s => StepSummary.From(s, culture))]);
}

/// <summary>One step: its kind, prompt and what an answer may be.</summary>
public sealed record StepSummary(string Id, ExerciseStepKind Kind, string Prompt, string? Hint, bool Required, IReadOnlyList<OptionSummary>? Options, bool? Multiple, int? Min, int? Max, int? Seconds)
{
    internal static StepSummary From(ExerciseStep step, CultureInfo culture) => step switch
    {
        ChoiceStep choice => new(step.Id, step.Kind, step.Prompt.Resolve(culture), step.Hint?.Resolve(culture), choice.Required,
            [.. choice.Options.Select(o => new OptionSummary(o.Value, o.Label.Resolve(culture)))], choice.Multiple, null, null, null),
        ScaleStep scale => new(step.Id, step.Kind, step.Prompt.Resolve(culture), step.Hint?.Resolve(culture), scale.Required, null, null, scale.Min, scale.Max, null),
        TimerStep timer => new(step.Id, step.Kind, step.Prompt.Resolve(culture), step.Hint?.Resolve(culture), false, null, null, null, null, timer.Seconds),
        AnswerableStep answerable => new(step.Id, step.Kind, step.Prompt.Resolve(culture), step.Hint?.Resolve(culture), answerable.Required, null, null, null, null, null),
        _ => new(step.Id, step.Kind, step.Prompt.Resolve(culture), step.Hint?.Resolve(culture), false, null, null, null, null, null),
    };
}

/// <summary>A choice: the stored value and its label in the request's culture.</summary>
public sealed record OptionSummary(string Value, string Label);

/// <summary>
/// <c>POST /api/exercises/{pack}/{id}/responses</c>: answers by step id. A text step takes a string, a
/// scale step a number, a choice step a string or an array of strings.
/// </summary>
public sealed record ExerciseResponseRequest(IReadOnlyDictionary<string, JsonElement>? Answers);

/// <summary>A saved exercise response, as listed back to its owner.</summary>
public sealed record SavedResponseSummary(string Id, DateTimeOffset At, string Pack, string ExerciseId, IReadOnlyDictionary<string, string> Answers);
