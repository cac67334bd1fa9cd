using System.Reflection;
using Empathy.Core.Generators.Diagnostics;
using Empathy.Core.Generators.Tests.Infrastructure;
using Empathy.Shared.ExercisePacks;
using Microsoft.CodeAnalysis;

namespace Empathy.Core.Generators.Tests;

/// <summary>Every diagnostic id is declared once, tracked in the release files, and documented.</summary>
public class DiagnosticsTests
{
    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));

    private static IEnumerable<string> RuleIds() =>
        typeof(PackRules).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.GetRawConstantValue() is string value && value.StartsWith("EMP", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!);

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var id in RuleIds())
        {
            data.Add(id);
        }

        return data;
    }

    [Fact]
    public void Ids_AreSequentialAndUnique()
    {
        var ids = RuleIds().ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, ids.Count).Select(i => $"EMP{i:0000}"), ids.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Id_HasADescriptorWithAnAbsoluteHelpLinkToItsPage(string id)
    {
        var descriptor = ExercisePackDiagnostics.ById[id];

        Assert.True(Uri.TryCreate(descriptor.HelpLinkUri, UriKind.Absolute, out var link), descriptor.HelpLinkUri);
        Assert.Contains(link.Scheme, new[] { Uri.UriSchemeHttps, Uri.UriSchemeHttp });
        Assert.Equal(HelpLinks.BaseUrl + id + ".md", descriptor.HelpLinkUri);
        Assert.EndsWith($"/{id}.md", link.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(PackRules.IsWarning(id) ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, descriptor.DefaultSeverity);
        Assert.Equal(PackRules.MessageFormat(id), descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Id_HasADocumentationPage(string id)
    {
        var page = Path.Combine(RepositoryRoot(), "docs", "diagnostics", id + ".md");

        Assert.True(File.Exists(page), $"{page} is missing");
        Assert.StartsWith($"# {id}", File.ReadAllText(page));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Id_IsListedInTheShippedReleases(string id)
    {
        var shipped = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Releases", "AnalyzerReleases.Shipped.md"));
        var severity = PackRules.IsWarning(id) ? "Warning" : "Error";

        Assert.Contains(shipped, line => line.StartsWith($"{id} | {PackRules.Category} | {severity} |", StringComparison.Ordinal));
    }

    [Fact]
    public void HelpBaseUrl_ByDefault_IsTheRepositorysDiagnosticsFolder()
    {
        // The documented default of EmpathyDiagnosticsHelpBaseUrl (docs/exercise-packs.md), for a build that does not set it.
        Assert.Equal("https://github.com/empathy-core/Empathy.Core/blob/main/docs/diagnostics/", HelpLinks.BaseUrl);
    }

    [Fact]
    public void ReportedDiagnostic_CarriesTheAbsoluteHelpLink()
    {
        var run = GeneratorHarness.Run(("Packs/bad.exercises.json", "{"));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(HelpLinks.BaseUrl + "EMP0001.md", diagnostic.Descriptor.HelpLinkUri);
        Assert.Contains("schema/exercise-pack.schema.json", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostic_IsLocatedInTheJsonFile()
    {
        var run = GeneratorHarness.Run(("Packs/bad.exercises.json", "{\n  \"pack\": 5\n}"));

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == PackRules.WrongType);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(GeneratorHarness.ProjectDir + "Packs/bad.exercises.json", span.Path);
        Assert.Equal((1, 10), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal(11, span.EndLinePosition.Character);
    }
}
