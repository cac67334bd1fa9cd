using Empathy.Core.Components;
using Empathy.Evaluation.Checks;

namespace Empathy.Evaluation.Scoring;

/// <summary>
/// One comparison of the people's EPITOME ratings (a mechanism above level 0) with the components the
/// reply check showed evidence of, scored like a second rater: agreement, precision, recall, kappa.
/// </summary>
/// <param name="Name">The comparison, as the data README writes it.</param>
/// <param name="Rated">Whether the raters saw the mechanism.</param>
/// <param name="Shown">Whether the check showed the matching component(s) or move.</param>
internal sealed record ComponentComparison(
    string Name,
    Func<EpitomeLevels, bool> Rated,
    Func<Prediction, bool> Shown)
{
    /// <summary>The comparisons the data README asks for, and the exploring move beside the components.</summary>
    public static IReadOnlyList<ComponentComparison> Known { get; } =
    [
        new("emotional reactions ~ affective", l => l.EmotionalReactions > 0, p => p.Components.Contains(EmpathyComponent.Affective)),
        new("emotional reactions ~ affective or concern", l => l.EmotionalReactions > 0,
            p => p.Components.Contains(EmpathyComponent.Affective) || p.Components.Contains(EmpathyComponent.Concern)),
        new("interpretations ~ cognitive", l => l.Interpretations > 0, p => p.Components.Contains(EmpathyComponent.Cognitive)),
        new("explorations ~ concern", l => l.Explorations > 0, p => p.Components.Contains(EmpathyComponent.Concern)),
        new("explorations ~ exploring move", l => l.Explorations > 0, p => p.Explores),
        new("any mechanism ~ any component", l => l.EmotionalReactions + l.Interpretations + l.Explorations > 0, p => p.Components.Count > 0),
    ];
}
