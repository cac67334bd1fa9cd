namespace Empathy.Shared.ExercisePacks;

/// <summary>One step of an <see cref="ExerciseSpec"/>. Members that do not apply to its kind are default.</summary>
internal sealed record StepSpec(
    string Id,
    StepKind Kind,
    TextSpec Prompt,
    TextSpec? Hint,
    bool Required,
    EquatableArray<TextSpec> Options,
    bool Multiple,
    int Min,
    int Max,
    int Seconds,
    SourceSpan Span,
    SourceSpan IdSpan)
{
    /// <summary>The C# name of the step, <c>WhatHappened</c> for <c>what-happened</c>.</summary>
    public string MemberName => PackNames.ToPascalCase(Id);

    /// <summary>Whether the step takes an answer (text, choice and scale steps do).</summary>
    public bool IsAnswerable => Kind is StepKind.Text or StepKind.Choice or StepKind.Scale;
}
