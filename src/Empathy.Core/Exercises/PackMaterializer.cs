using Empathy.Core.Components;
using Empathy.Shared.ExercisePacks;

namespace Empathy.Core.Exercises;

/// <summary>Turns the shared parser's pack model into the public runtime types, as generated code does at build time.</summary>
internal static class PackMaterializer
{
    public static ExercisePackLoadResult ToResult(PackUnit unit) => new()
    {
        Pack = unit.Spec is { } spec && !unit.HasErrors ? ToPack(spec) : null,
        Problems = [.. unit.Problems.Select(ToProblem)],
    };

    public static ExercisePackProblem ToProblem(PackProblem problem) => new()
    {
        Id = problem.Id,
        Severity = problem.IsWarning ? ExercisePackProblemSeverity.Warning : ExercisePackProblemSeverity.Error,
        Message = problem.Message,
        Path = string.IsNullOrEmpty(problem.Path) ? null : problem.Path,
        Line = problem.Span.Line,
        Column = problem.Span.Column,
    };

    private static ExercisePack ToPack(PackSpec spec) => new()
    {
        Name = spec.Name,
        Title = ToText(spec.Title),
        Version = spec.Version,
        Cultures = [.. spec.Cultures],
        Exercises = [.. spec.Exercises.Select(e => ToExercise(spec.Name, e))],
    };

    private static ExerciseDefinition ToExercise(string packName, ExerciseSpec spec) => new()
    {
        PackName = packName,
        Id = spec.Id,
        Title = ToText(spec.Title),
        Summary = ToText(spec.Summary),
        Components = [.. spec.Components.Select(ToComponent)],
        Minutes = spec.Minutes,
        Caution = spec.Caution is null ? null : ToText(spec.Caution),
        Steps = [.. spec.Steps.Select(ToStep)],
    };

    private static ExerciseStep ToStep(StepSpec spec)
    {
        var prompt = ToText(spec.Prompt);
        var hint = spec.Hint is null ? null : ToText(spec.Hint);
        return spec.Kind switch
        {
            StepKind.Info => new InfoStep { Id = spec.Id, Prompt = prompt, Hint = hint },
            StepKind.Text => new TextStep { Id = spec.Id, Prompt = prompt, Hint = hint, Required = spec.Required },
            StepKind.Choice => new ChoiceStep
            {
                Id = spec.Id,
                Prompt = prompt,
                Hint = hint,
                Required = spec.Required,
                Multiple = spec.Multiple,
                Options = [.. spec.Options.Select(o => new ChoiceOption(o.Invariant, ToText(o)))],
            },
            StepKind.Scale => new ScaleStep { Id = spec.Id, Prompt = prompt, Hint = hint, Required = spec.Required, Min = spec.Min, Max = spec.Max },
            _ => new TimerStep { Id = spec.Id, Prompt = prompt, Hint = hint, Seconds = spec.Seconds },
        };
    }

    private static EmpathyComponent ToComponent(string name) => name switch
    {
        "cognitive" => EmpathyComponent.Cognitive,
        "affective" => EmpathyComponent.Affective,
        "concern" => EmpathyComponent.Concern,
        _ => throw new InvalidOperationException($"The pack parser let through the unknown component '{name}'."),
    };

    private static LocalizedText ToText(TextSpec text) =>
        new(text.Invariant, text.Translations.Select(t => new KeyValuePair<string, string>(t.Culture, t.Text)));
}
