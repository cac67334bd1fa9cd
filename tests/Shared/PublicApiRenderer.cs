using System.Reflection;
using System.Text;

namespace Empathy.Tests.Shared;

/// <summary>
/// Renders the public surface of an assembly as sorted text, one member a line, so that a test can
/// compare it with an approved file. PublicApiGenerator does this elsewhere; it is not available to
/// this project, so this is our small reflection-based equivalent.
/// </summary>
public static class PublicApiRenderer
{
    private static readonly NullabilityInfoContext Nullability = new();

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Render(Assembly assembly)
    {
        var builder = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            builder.Append(DescribeType(type)).Append('\n');
            foreach (var line in Members(type).Order(StringComparer.Ordinal))
            {
                builder.Append("    ").Append(line).Append('\n');
            }
        }

        return builder.ToString();
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var name in Enum.GetNames(type))
            {
                yield return $"{name} = {Convert.ToInt64(Enum.Parse(type, name), System.Globalization.CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        foreach (var member in type.GetMembers(Declared))
        {
            switch (member)
            {
                case ConstructorInfo ctor:
                    yield return $"ctor({Parameters(ctor)})";
                    break;
                case MethodInfo method when !method.IsSpecialName || method.Name.StartsWith("op_", StringComparison.Ordinal):
                    yield return $"{(method.IsStatic ? "static " : "")}{(method.IsVirtual && !method.IsFinal && !type.IsInterface ? "virtual " : "")}{Name(method.ReturnType, Nullability.Create(method.ReturnParameter))} {method.Name}{Generics(method)}({Parameters(method)})";
                    break;
                case PropertyInfo property:
                    var accessors = string.Join(" ", new[]
                    {
                        property.GetMethod?.IsPublic == true ? "get;" : null,
                        property.SetMethod?.IsPublic == true
                            ? (property.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") ? "init;" : "set;")
                            : null,
                    }.Where(a => a is not null));
                    var indexer = property.GetIndexParameters();
                    var name = indexer.Length == 0 ? property.Name : $"this[{string.Join(", ", indexer.Select(p => Name(p.ParameterType)))}]";
                    var isStatic = (property.GetMethod ?? property.SetMethod)!.IsStatic ? "static " : "";
                    yield return $"{isStatic}{Name(property.PropertyType, Nullability.Create(property))} {name} {{ {accessors} }}";
                    break;
                case FieldInfo field when !type.IsEnum:
                    var modifier = field.IsLiteral ? "const " : field.IsStatic ? (field.IsInitOnly ? "static readonly " : "static ") : (field.IsInitOnly ? "readonly " : "");
                    yield return $"{modifier}{Name(field.FieldType, Nullability.Create(field))} {field.Name}";
                    break;
                case EventInfo @event:
                    yield return $"event {Name(@event.EventHandlerType!)} {@event.Name}";
                    break;
                case Type:
                    break; // nested types are listed on their own
            }
        }
    }

    private static string DescribeType(Type type)
    {
        var kind = type.IsInterface ? "interface"
            : type.IsEnum ? "enum"
            : type.IsValueType ? "struct"
            : typeof(Delegate).IsAssignableFrom(type) ? "delegate"
            : type is { IsAbstract: true, IsSealed: true } ? "static class"
            : type.IsAbstract ? "abstract class"
            : type.IsSealed ? "sealed class"
            : "class";
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum))
        {
            bases.Add(Name(baseType));
        }

        bases.AddRange(type.GetInterfaces().Select(Name).Order(StringComparer.Ordinal));
        var suffix = bases.Count == 0 ? "" : " : " + string.Join(", ", bases);
        return $"{kind} {Name(type)}{suffix}";
    }

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p =>
            $"{(p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : "")}{Name(p.ParameterType, Nullability.Create(p))} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : "")}"));

    private static string Generics(MethodInfo method) =>
        method.IsGenericMethodDefinition ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : "";

    // Reference types carry their nullable annotation ("?"), so a change of contract shows in the diff.
    private static string Name(Type type, NullabilityInfo nullability)
    {
        var name = Name(type);
        return !type.IsValueType && nullability.ReadState == NullabilityState.Nullable ? name + "?" : name;
    }

    private static string Name(Type type)
    {
        if (type.IsByRef)
        {
            return Name(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        var name = type.IsNested ? $"{Name(type.DeclaringType!)}.{type.Name}" : $"{type.Namespace}.{type.Name}";
        if (!type.IsGenericType)
        {
            return name;
        }

        var tick = name.IndexOf('`', StringComparison.Ordinal);
        var bare = tick < 0 ? name : name[..tick];
        return $"{bare}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
    }
}
