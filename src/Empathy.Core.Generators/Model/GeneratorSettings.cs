using Microsoft.CodeAnalysis.Diagnostics;

namespace Empathy.Core.Generators.Model;

/// <summary>
/// The MSBuild properties the generator reads (made visible to it with <c>CompilerVisibleProperty</c>):
/// the namespace for packs that name none (<c>EmpathyExercisePacksNamespace</c>, else the project's
/// root namespace), and the project's folder, for readable hint names.
/// </summary>
internal sealed record GeneratorSettings(string? RootNamespace, string? ProjectDirectory, string? PacksNamespace = null)
{
    public static GeneratorSettings From(AnalyzerConfigOptions options)
    {
        options.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        options.TryGetValue("build_property.ProjectDir", out var projectDirectory);
        options.TryGetValue("build_property.EmpathyExercisePacksNamespace", out var packsNamespace);
        return new GeneratorSettings(Trimmed(rootNamespace), Trimmed(projectDirectory), Trimmed(packsNamespace));
    }

    /// <summary>
    /// The namespace of a pack that names none: <c>$(EmpathyExercisePacksNamespace)</c> when the project
    /// sets it, else <c>&lt;RootNamespace&gt;.Exercises</c>. The project chooses it, so it is checked as a
    /// C# namespace but not against the namespaces reserved for packs.
    /// </summary>
    public string DefaultNamespace => PacksNamespace ?? (RootNamespace is null ? "Exercises" : RootNamespace + ".Exercises");

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
}
