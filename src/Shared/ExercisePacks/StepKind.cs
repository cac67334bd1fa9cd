namespace Empathy.Shared.ExercisePacks;

/// <summary>The five kinds of step a pack can hold.</summary>
internal enum StepKind
{
    Info,
    Text,
    Choice,
    Scale,
    Timer,
}
