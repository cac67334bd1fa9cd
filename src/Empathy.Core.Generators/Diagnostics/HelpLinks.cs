namespace Empathy.Core.Generators.Diagnostics;

/// <summary>
/// The absolute address of each diagnostic's page. <c>BaseUrl</c> is written at this project's build
/// from the MSBuild property <c>EmpathyDiagnosticsHelpBaseUrl</c> (default
/// <c>$(EmpathyRepositoryUrl)/blob/main/docs/diagnostics/</c>), so the link a user opens from an IDE
/// points at the documentation of the build that made the generator.
/// </summary>
internal static partial class HelpLinks
{
    /// <summary>The page of the rule <paramref name="id"/>: <c>&lt;base&gt;EMP0007.md</c>.</summary>
    public static string For(string id) => BaseUrl + id + ".md";
}
