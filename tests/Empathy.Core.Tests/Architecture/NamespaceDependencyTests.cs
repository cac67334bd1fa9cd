using Empathy.Core.Serialization;

namespace Empathy.Core.Tests.Architecture;

/// <summary>
/// No namespace of Empathy.Core depends on a namespace that depends back on it. A dependency is any
/// use of a type, in a signature, an attribute or a method body (see <see cref="NamespaceGraph"/>).
/// </summary>
public class NamespaceDependencyTests
{
    private const string Fixtures = "Empathy.Core.Tests.Architecture.Fixtures.";

    // Known cycles, each one strongly connected set of namespaces, sorted and joined with " <-> ".
    // Remove an entry once its cycle is gone: the test also fails when a listed cycle no longer exists,
    // so the list stays true.
    private static readonly string[] KnownCycles =
    [
        // Storage is being split by other work (issue 9 §4), so this is only listed here: the store's
        // code uses its Cursors and Migrations sub-namespaces, which use Storage's types back, and
        // JournalEntryJson/JournalExportJson call EmpathyJson while the JSON context names Storage's models.
        "Empathy.Core.Serialization <-> Empathy.Core.Storage <-> Empathy.Core.Storage.Cursors <-> Empathy.Core.Storage.Migrations",
    ];

    [Fact]
    public void Namespaces_HaveNoCycles()
    {
        var library = typeof(EmpathyJsonContext).Assembly;
        var graph = NamespaceGraph.Of(library.GetTypes(), t => t.Assembly == library);

        var cycles = NamespaceGraph.Cycles(graph);

        Assert.True(KnownCycles.Order(StringComparer.Ordinal).SequenceEqual(cycles),
            $"Expected the known cycles:{Environment.NewLine}{string.Join(Environment.NewLine, KnownCycles.Order(StringComparer.Ordinal))}{Environment.NewLine}"
            + $"Found:{Environment.NewLine}{NamespaceGraph.Explain(graph)}");
    }

    // A test of the test: cycles closed only by a method body or only inside a lambda are found,
    // and a namespace used one way only is in none.
    [Fact]
    public void Graph_FindsCyclesThroughBodiesAndLambdas()
    {
        var types = typeof(NamespaceDependencyTests).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith(Fixtures, StringComparison.Ordinal) == true).ToList();
        var graph = NamespaceGraph.Of(types, types.Contains);

        Assert.Equal(
            [Fixtures + "Called <-> " + Fixtures + "Calling", Fixtures + "Captured <-> " + Fixtures + "Capturing"],
            NamespaceGraph.Cycles(graph));
        Assert.Contains(Fixtures + "Leaf", graph[Fixtures + "Calling"].Keys);
    }
}
