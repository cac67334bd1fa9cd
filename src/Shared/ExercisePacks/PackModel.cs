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

/// <summary>A translation of one text into one culture.</summary>
internal sealed record TextTranslation(string Culture, string Text);

/// <summary>
/// A text of a pack: the base file's text, and its translations from locale variant files
/// (in the order of the variants' culture names).
/// </summary>
internal sealed record TextSpec(string Invariant, EquatableArray<TextTranslation> Translations)
{
    public static TextSpec Of(string invariant) => new(invariant, EquatableArray<TextTranslation>.Empty);
}

/// <summary>A parsed and validated pack: plain equatable data, never a Roslyn symbol or node.</summary>
internal sealed record PackSpec(
    string Path,
    string Name,
    string? Namespace,
    TextSpec Title,
    string? Version,
    EquatableArray<ExerciseSpec> Exercises,
    EquatableArray<string> Cultures,
    SourceSpan Span,
    SourceSpan NameSpan,
    SourceSpan NamespaceSpan)
{
    /// <summary>The generated class name, <c>KindnessPack</c> for <c>kindness</c>.</summary>
    public string ClassName => PackNames.ToPascalCase(Name) + "Pack";
}

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
