using Microsoft.CodeAnalysis.Diagnostics;

namespace Empathy.Core.Generators.Model;

/// <summary>
/// The MSBuild properties the generator reads (made visible to it with <c>CompilerVisibleProperty</c>):
/// the project's root namespace, for packs that name none, and its folder, for readable hint names.
/// </summary>
internal sealed record GeneratorSettings(string? RootNamespace, string? ProjectDirectory)
{
    public static GeneratorSettings From(AnalyzerConfigOptions options)
    {
        options.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        options.TryGetValue("build_property.ProjectDir", out var projectDirectory);
        return new GeneratorSettings(
            string.IsNullOrWhiteSpace(rootNamespace) ? null : rootNamespace!.Trim(),
            string.IsNullOrWhiteSpace(projectDirectory) ? null : projectDirectory!.Trim());
    }

    /// <summary>The namespace of a pack that names none: <c>&lt;RootNamespace&gt;.Exercises</c>.</summary>
    public string DefaultNamespace => RootNamespace is null ? "Exercises" : RootNamespace + ".Exercises";
}
