using Empathy.Core.Serialization;

namespace Empathy.Core.Tests.Architecture;

/// <summary>
/// No namespace of Empathy.Core depends on a namespace that depends back on it. A dependency is any
/// use of a type, in a signature, an attribute or a method body (see <see cref="NamespaceGraph"/>).
/// </summary>
public class NamespaceDependencyTests
{
    private const string Fixtures = "Empathy.Core.Tests.Architecture.Fixtures.";

    [Fact]
    public void Namespaces_HaveNoCycles()
    {
        var library = typeof(EmpathyJsonContext).Assembly;
        var graph = NamespaceGraph.Of(library.GetTypes(), t => t.Assembly == library);

        var cycles = NamespaceGraph.Cycles(graph);

        Assert.True(cycles.Count == 0, $"Namespaces that depend on each other:{Environment.NewLine}{NamespaceGraph.Explain(graph)}");
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
