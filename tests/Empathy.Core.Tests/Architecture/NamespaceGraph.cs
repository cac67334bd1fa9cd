using System.Reflection;
using System.Reflection.Emit;

namespace Empathy.Core.Tests.Architecture;

/// <summary>
/// Which namespaces of a set of types use which, and the cycles among them. A type uses every type
/// named in its signature (base type and interfaces, fields, properties, events, method and
/// constructor parameters and returns, generic arguments and constraints, and the attributes on all
/// of them, <c>typeof</c> arguments included) and in its method bodies (locals, caught exceptions and
/// every type, method or field an instruction names). Compiler-generated nested types (lambdas,
/// iterators, async state machines) count for the namespace of the type they were written in.
/// </summary>
internal static class NamespaceGraph
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    // IL opcodes by value, to step over each instruction's operand while reading a method body.
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>
    /// The namespaces of <paramref name="types"/> and, for each, the namespaces it uses among those
    /// kept, each with one example of a use ("A.X uses B.Y") to show where to look.
    /// </summary>
    /// <param name="types">The types to read.</param>
    /// <param name="keep">Which used types count (for instance: those of one assembly).</param>
    public static Dictionary<string, Dictionary<string, string>> Of(IEnumerable<Type> types, Func<Type, bool> keep)
    {
        var graph = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var type in types.Where(t => t.Namespace is not null))
        {
            var from = type.Namespace!;
            var edges = graph.TryGetValue(from, out var found) ? found : graph[from] = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var used in Referenced(type).SelectMany(Flatten).Where(t => t.Namespace is not null && t.Namespace != from && keep(t)))
            {
                edges.TryAdd(used.Namespace!, $"{type.FullName} uses {used.FullName}");
            }
        }

        return graph;
    }

    /// <summary>Each cycle (strongly connected set of two or more namespaces), sorted and joined with " &lt;-&gt; ", in order.</summary>
    /// <param name="graph">A graph from <see cref="Of"/>.</param>
    public static List<string> Cycles(Dictionary<string, Dictionary<string, string>> graph) =>
        [.. StronglyConnected(graph).Select(c => string.Join(" <-> ", c.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal)];

    /// <summary>The uses inside each cycle of <paramref name="graph"/>, one line per namespace pair, to show what to break.</summary>
    /// <param name="graph">A graph from <see cref="Of"/>.</param>
    public static string Explain(Dictionary<string, Dictionary<string, string>> graph)
    {
        var lines = new List<string>();
        foreach (var component in StronglyConnected(graph).Select(c => c.ToHashSet(StringComparer.Ordinal)))
        {
            lines.AddRange(component.Order(StringComparer.Ordinal)
                .SelectMany(from => graph[from].Where(edge => component.Contains(edge.Key)).OrderBy(edge => edge.Key, StringComparer.Ordinal)
                .Select(edge => $"{from} -> {edge.Key}: {edge.Value}")));
            lines.Add("");
        }

        return string.Join(Environment.NewLine, lines);
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
                MethodBase method => Signature(method).Concat(Body(method)),
                _ => Array.Empty<Type>(),
            };
            foreach (var item in types)
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<Type> Signature(MethodBase method)
    {
        foreach (var parameter in method.GetParameters())
        {
            yield return parameter.ParameterType;
            foreach (var attribute in AttributeTypes(parameter.CustomAttributes))
            {
                yield return attribute;
            }
        }

        if (method is MethodInfo info)
        {
            yield return info.ReturnType;
            foreach (var attribute in AttributeTypes(info.ReturnParameter.CustomAttributes))
            {
                yield return attribute;
            }

            if (info.IsGenericMethodDefinition)
            {
                foreach (var constraint in info.GetGenericArguments().SelectMany(a => a.GetGenericParameterConstraints()))
                {
                    yield return constraint;
                }
            }
        }
    }

    // What a method's code uses: its locals, the exceptions it catches, and what its instructions name.
    private static IEnumerable<Type> Body(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }

        foreach (var clause in body.ExceptionHandlingClauses.Where(c => c.Flags == ExceptionHandlingClauseOptions.Clause))
        {
            yield return clause.CatchType!;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        foreach (var token in Tokens(body.GetILAsByteArray() ?? []))
        {
            foreach (var used in Resolve(method.Module, token, typeArguments, methodArguments))
            {
                yield return used;
            }
        }
    }

    // The metadata tokens of the instructions that name a type, method or field.
    private static IEnumerable<int> Tokens(byte[] il)
    {
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at++];
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il[at++]));
            }

            var opCode = OpCodesByValue[value];
            switch (opCode.OperandType)
            {
                case OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok:
                    yield return BitConverter.ToInt32(il, at);
                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                default:
                    at += 4;
                    break;
            }
        }
    }

    private static IEnumerable<Type> Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        switch (module.ResolveMember(token, typeArguments, methodArguments))
        {
            case Type type:
                yield return type;
                break;
            case MethodBase method:
                yield return method.DeclaringType!;
                if (method.IsGenericMethod)
                {
                    foreach (var argument in method.GetGenericArguments())
                    {
                        yield return argument;
                    }
                }

                break;
            case FieldInfo field:
                yield return field.DeclaringType!;
                break;
        }
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

    // Element and generic argument types count too (IReadOnlyList<Relationship> uses Relationships).
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
    private static List<List<string>> StronglyConnected(Dictionary<string, Dictionary<string, string>> graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in graph.TryGetValue(node, out var edges) ? edges.Keys : Enumerable.Empty<string>())
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
                    components.Add(component);
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

        return components;
    }
}
