using System.Reflection;
using System.Runtime.CompilerServices;
using Empathy.Core.Serialization;

namespace Empathy.Core.Tests.Architecture;

/// <summary>
/// No namespace of Empathy.Core depends on a namespace that depends back on it. A dependency is any
/// type named in a type's signature: its base type and interfaces, its fields, properties, events,
/// method and constructor parameters and returns, generic arguments and constraints, and the
/// attributes on all of them (including <c>typeof</c> arguments such as <c>[JsonConverter(typeof(X))]</c>).
/// </summary>
public class NamespaceDependencyTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Assembly Library = typeof(EmpathyJsonContext).Assembly;

    // Known cycles, each one strongly connected set of namespaces, sorted and joined with " <-> ".
    // Remove an entry once its cycle is gone: the test also fails when a listed cycle no longer exists,
    // so the list stays true.
    private static readonly string[] KnownCycles =
    [
        // ExerciseResponse.ToJson/FromJson take an EmpathyJsonContext because generated pack code
        // (ListenFirstResponse.ToJson/FromJson) calls them with one; breaking it needs a generator change.
        // The interop mappers join that cycle through it: they read exercises, and the JSON context
        // (which names every model) names their documents.
        "Empathy.Core.Exercises <-> Empathy.Core.Interop.Fhir <-> Empathy.Core.Interop.HealthKit <-> Empathy.Core.Serialization",
    ];

    [Fact]
    public void Namespaces_HaveNoCycles()
    {
        var cycles = Cycles(Graph()).Select(c => string.Join(" <-> ", c.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(KnownCycles.Order(StringComparer.Ordinal), cycles);
    }

    private static Dictionary<string, HashSet<string>> Graph()
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in Library.GetTypes().Where(t => t.Namespace is not null && !t.IsDefined(typeof(CompilerGeneratedAttribute), false)))
        {
            var from = type.Namespace!;
            var edges = graph.TryGetValue(from, out var set) ? set : graph[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var used in Referenced(type).SelectMany(Flatten).Where(t => t.Assembly == Library && t.Namespace is not null))
            {
                edges.Add(used.Namespace!);
            }
        }

        return graph;
    }

    private static IEnumerable<Type> Referenced(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var item in type.GetInterfaces().Concat(AttributeTypes(type.CustomAttributes)))
        {
            yield return item;
        }

        if (type.IsGenericTypeDefinition)
        {
            foreach (var constraint in type.GetGenericArguments().SelectMany(a => a.GetGenericParameterConstraints()))
            {
                yield return constraint;
            }
        }

        foreach (var member in type.GetMembers(Declared))
        {
            foreach (var attribute in AttributeTypes(member.CustomAttributes))
            {
                yield return attribute;
            }

            var types = member switch
            {
                FieldInfo field => [field.FieldType],
                PropertyInfo property => [property.PropertyType],
                EventInfo @event => [@event.EventHandlerType!],
                MethodBase method => Parameters(method),
                _ => Array.Empty<Type>(),
            };
            foreach (var item in types)
            {
                yield return item;
            }
        }
    }

    private static Type[] Parameters(MethodBase method)
    {
        var types = method.GetParameters().SelectMany(p => AttributeTypes(p.CustomAttributes).Prepend(p.ParameterType)).ToList();
        if (method is MethodInfo info)
        {
            types.Add(info.ReturnType);
        }

        return [.. types];
    }

    private static IEnumerable<Type> AttributeTypes(IEnumerable<CustomAttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            yield return attribute.AttributeType;
            foreach (var argument in attribute.ConstructorArguments.Concat(attribute.NamedArguments.Select(n => n.TypedValue)))
            {
                if (argument.Value is Type typeArgument)
                {
                    yield return typeArgument;
                }
            }
        }
    }

    // Element, generic argument and declaring types count too (IReadOnlyList<Relationship> uses Relationships).
    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var inner in Flatten(type.GetElementType()!))
            {
                yield return inner;
            }

            yield break;
        }

        if (type.IsGenericParameter)
        {
            yield break;
        }

        yield return type;
        if (type.IsGenericType)
        {
            foreach (var inner in type.GetGenericArguments().SelectMany(Flatten))
            {
                yield return inner;
            }
        }
    }

    // Tarjan's strongly connected components; each component of two or more namespaces is a cycle.
    private static List<List<string>> Cycles(Dictionary<string, HashSet<string>> graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);

                if (component.Count > 1)
                {
                    cycles.Add(component);
                }
            }
        }

        foreach (var node in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return cycles;
    }
}
