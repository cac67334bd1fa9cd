namespace Empathy.Shared.ExercisePacks;

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
