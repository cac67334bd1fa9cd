namespace Empathy.Shared.ExercisePacks;

/// <summary>One exercise of a <see cref="PackSpec"/>.</summary>
internal sealed record ExerciseSpec(
    string Id,
    TextSpec Title,
    TextSpec Summary,
    EquatableArray<string> Components,
    int? Minutes,
    TextSpec? Caution,
    EquatableArray<StepSpec> Steps,
    SourceSpan Span,
    SourceSpan IdSpan)
{
    /// <summary>The C# name of the exercise, <c>ListenFirst</c> for <c>listen-first</c>.</summary>
    public string MemberName => PackNames.ToPascalCase(Id);
}
