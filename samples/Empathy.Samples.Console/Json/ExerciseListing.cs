using Empathy.Core.Components;
using Empathy.Core.Exercises;

namespace Empathy.Samples.Console.Json;

/// <summary>One exercise as <c>exercises list --format json</c> writes it, texts in the current UI culture.</summary>
/// <param name="Pack">The pack's name.</param>
/// <param name="Id">The exercise's id, as <c>exercises run</c> takes it.</param>
/// <param name="Title">The title.</param>
/// <param name="Summary">The summary.</param>
/// <param name="Components">The empathy components it trains.</param>
/// <param name="Minutes">How long it takes, if the pack says.</param>
/// <param name="Steps">The steps: id and kind.</param>
internal sealed record ExerciseListing(
    string Pack,
    string Id,
    string Title,
    string Summary,
    IReadOnlyList<EmpathyComponent> Components,
    int? Minutes,
    IReadOnlyList<ExerciseStepListing> Steps);

/// <summary>One step of an <see cref="ExerciseListing"/>.</summary>
/// <param name="Id">The step's id.</param>
/// <param name="Kind">Info, Text, Choice, Scale or Timer.</param>
/// <param name="Required">Whether an answer is required.</param>
internal sealed record ExerciseStepListing(string Id, ExerciseStepKind Kind, bool Required);
