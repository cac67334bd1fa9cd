using Empathy.Core.Components;
using Empathy.Core.Utils;

namespace Empathy.Core.Exercises;

/// <summary>
/// An exercise: its id within its pack, texts, the empathy components it trains, and its steps.
/// Generated exercise classes (<c>ListenFirstExercise</c>) derive from it and add one typed property
/// per step; packs loaded at run time with <see cref="ExercisePack.Load(string, string?)"/> hold
/// plain instances of it.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; validated when set. Equality compares content, not the concrete type:
/// a generated exercise equals the same exercise loaded at run time from the same pack file.
/// </remarks>
public class ExerciseDefinition : IEquatable<ExerciseDefinition>
{
    /// <summary>The name of the pack the exercise belongs to (<c>kindness</c>).</summary>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public required string PackName
    {
        get;
        init => field = Guard.NotBlank(value, nameof(PackName));
    }

    /// <summary>The exercise's id within its pack, kebab-case or snake_case (<c>listen-first</c>).</summary>
    /// <exception cref="ArgumentException">The id is blank.</exception>
    public required string Id
    {
        get;
        init => field = Guard.NotBlank(value, nameof(Id));
    }

    /// <summary>The exercise's title.</summary>
    public required LocalizedText Title
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Title));
    }

    /// <summary>One or two sentences saying what the exercise is for.</summary>
    public required LocalizedText Summary
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Summary));
    }

    /// <summary>The empathy components the exercise trains, at least one, each once.</summary>
    /// <exception cref="ArgumentException">The list is empty, repeats a component, or holds an undefined value.</exception>
    public required IReadOnlyList<EmpathyComponent> Components
    {
        get;
        init
        {
            value = Guard.OrEmpty(value);
            if (value.Count == 0 || value.Any(c => !Enum.IsDefined(c)) || value.Distinct().Count() != value.Count)
            {
                throw new ArgumentException("An exercise trains at least one defined empathy component, each listed once.", nameof(Components));
            }

            field = [.. value];
        }
    }

    /// <summary>About how many minutes the exercise takes; <see langword="null"/> when the pack does not say.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int? Minutes
    {
        get;
        init
        {
            if (value is < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(Minutes), value, "An exercise takes at least one minute.");
            }

            field = value;
        }
    }

    /// <summary>A caution to show before the exercise (for instance, when it may stir up strong feelings).</summary>
    public LocalizedText? Caution { get; init; }

    /// <summary>The steps, in order: at least one, ids unique.</summary>
    /// <exception cref="ArgumentException">The list is empty, holds null, or repeats a step id.</exception>
    public required IReadOnlyList<ExerciseStep> Steps
    {
        get;
        init
        {
            value = Guard.OrEmpty(value);
            if (value.Count == 0 || value.Any(s => s is null))
            {
                throw new ArgumentException("An exercise has at least one step, and no null step.", nameof(Steps));
            }

            if (value.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count() != value.Count)
            {
                throw new ArgumentException("Each step of an exercise needs a different id.", nameof(Steps));
            }

            field = [.. value];
        }
    }

    /// <summary>The step with the id <paramref name="stepId"/>, or <see langword="null"/>.</summary>
    /// <param name="stepId">A step id.</param>
    public ExerciseStep? FindStep(string stepId) =>
        Steps.FirstOrDefault(s => string.Equals(s.Id, stepId, StringComparison.Ordinal));

    /// <inheritdoc />
    public bool Equals(ExerciseDefinition? other) =>
        other is not null
        && PackName == other.PackName
        && Id == other.Id
        && Title == other.Title
        && Summary == other.Summary
        && Components.SequenceEqual(other.Components)
        && Minutes == other.Minutes
        && Caution == other.Caution
        && Steps.SequenceEqual(other.Steps);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExerciseDefinition);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(PackName, Id);

    /// <summary>The pack and id, <c>kindness/listen-first</c>.</summary>
    public override string ToString() => $"{PackName}/{Id}";
}
